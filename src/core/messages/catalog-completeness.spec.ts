import { LOCALES } from '../content/course-model';
import { catalogs } from './catalogs';
import type { MessageCatalog } from './message-catalog';

type TemplateKey = {
  [K in keyof MessageCatalog]: MessageCatalog[K] extends (...args: never[]) => string ? K : never;
}[keyof MessageCatalog];

type TextKey = Exclude<keyof MessageCatalog, TemplateKey>;

/**
 * Arguments to call every template with. Typed by the catalogue, so a new template fails to
 * compile here until it has a sample, and so gets checked below.
 */
const SAMPLES: { [K in TemplateKey]: Parameters<MessageCatalog[K]> } = {
  questionOf: [2, 5],
  hintSingle: ['B'],
  hintMultiple: ['AC'],
  dayNumber: [3],
  lessonTitle: ['Title'],
  reviewDay: [3],
  reminder: [2],
  correctAnswer: ['C'],
  letterList: [['A', 'C']],
  explanation: ['Because.'],
  comesBack: ['in about 6 days'],
  daySummary: [{ correct: 2, answered: 3, streakDays: 4, nextSession: 'Mon 09:00' }],
  inAboutDays: [6],
  inAboutWeeks: [2],
  inAboutMonths: [3],
  inAboutYears: [2],
  todayAt: ['18:00'],
  tomorrowAt: ['09:00'],
  weekdayAt: [1, '09:00'],
  dateAt: [2, 24, 2, '09:00'],
  completion: [{ courseTitle: 'Course', lessons: 18, mastered: 54 }],
  welcome: [{ name: 'Lin Yue', courseTitle: 'Course', deliveryTime: '09:00' }],
  progressLessons: [7, 18],
  progressAnswers: [25, 80],
  progressStreak: [4],
  progressMastered: [12],
  progressDue: [3],
  resumed: ['Mon 09:00'],
  timeSet: ['08:30', 'tomorrow 08:30'],
  notAnAnswer: ['Reply with a letter.'],
  pickOne: [['A', 'B', 'C'], 'B'],
  pickAll: [['A', 'B', 'C'], 'AC'],
  noOpenPrompt: ['Mon 09:00'],
  noOpenPromptSessionToday: ['today 09:00'],
};

const TEXT_KEYS = (Object.keys(catalogs.en) as (keyof MessageCatalog)[]).filter(
  (key): key is TextKey => typeof catalogs.en[key] === 'string',
);

const BROKEN = /undefined|NaN|\[object|\$\{|^\s|\s$/;

describe('the message catalogues', () => {
  it('every locale has exactly the same entries', () => {
    const keys = Object.keys(catalogs.en).sort();
    for (const locale of LOCALES) expect(Object.keys(catalogs[locale]).sort()).toEqual(keys);
  });

  it('a catalogue missing a translation does not compile', () => {
    const withoutOne: Omit<MessageCatalog, 'gradeRight'> = catalogs.zh;
    // @ts-expect-error gradeRight is missing, so this is not a MessageCatalog
    const incomplete: MessageCatalog = withoutOne;
    expect(incomplete).toBe(catalogs.zh);
  });

  it('every template has a sample, and every entry is a template or a text', () => {
    expect([...Object.keys(SAMPLES), ...TEXT_KEYS].sort()).toEqual(Object.keys(catalogs.en).sort());
  });

  describe.each(LOCALES)('%s', (locale) => {
    it.each(TEXT_KEYS)('text %s is filled in', (key) => {
      const text = catalogs[locale][key];
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(BROKEN);
    });

    it.each(Object.keys(SAMPLES) as TemplateKey[])('template %s fills in', (key) => {
      const template = catalogs[locale][key] as (...args: unknown[]) => string;
      const text = template(...SAMPLES[key]);
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(BROKEN);
    });
  });
});
