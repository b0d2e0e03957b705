import { useState } from 'preact/hooks';
import type { CohortResponse, LessonQuestions } from '../api/types';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { FormMessage, FormNote } from './form-message';
import { describe } from './status-line';

const LESSON_QUESTIONS: LessonQuestions[] = ['same-session', 'next-session'];

type Settings = Pick<
  CohortResponse,
  'deliveryTime' | 'newLessonsPerDay' | 'maxReviewsPerDay' | 'desiredRetention' | 'lessonQuestions'
>;

const settingsOf = (c: CohortResponse): Settings => ({
  deliveryTime: c.deliveryTime,
  newLessonsPerDay: c.newLessonsPerDay,
  maxReviewsPerDay: c.maxReviewsPerDay,
  desiredRetention: c.desiredRetention,
  lessonQuestions: c.lessonQuestions,
});

/**
 * The cohort's settings as HR may change them; only what changed is sent, and the service
 * checks every value (its message, field by field, is shown as it comes).
 */
export function CohortSettingsForm(props: { cohort: CohortResponse; onSaved: () => void }) {
  const { api } = session.value!;
  const saved = settingsOf(props.cohort);
  const [form, setForm] = useState<Settings>(saved);
  const [message, setMessage] = useState<FormNote | null>(null);
  const changed = Object.fromEntries(
    Object.entries(form).filter(([key, value]) => saved[key as keyof Settings] !== value),
  );
  const field = <K extends keyof Settings>(name: K, parse: (text: string) => Settings[K]) => ({
    id: `settings-${name}`,
    value: String(form[name]),
    onInput: (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
      setForm({ ...form, [name]: parse(e.currentTarget.value) }),
  });
  const number = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await api.send('PATCH', `/cohorts/${props.cohort.id}`, changed);
      setMessage({ error: false, text: t('settingsSaved') });
      props.onSaved();
    } catch (error) {
      setMessage({ error: true, text: describe(error) });
    }
  };
  return (
    <form class="card no-print" onSubmit={save} aria-labelledby="cohort-settings">
      <h2 id="cohort-settings">{t('cohortSettings')}</h2>
      <label for="settings-deliveryTime">{t('deliveryTime')}</label>
      <input type="time" {...field('deliveryTime', String)} />
      <label for="settings-newLessonsPerDay">{t('newLessonsPerDay')}</label>
      <input type="number" {...field('newLessonsPerDay', number)} />
      <label for="settings-maxReviewsPerDay">{t('maxReviewsPerDay')}</label>
      <input type="number" {...field('maxReviewsPerDay', number)} />
      <label for="settings-desiredRetention">{t('desiredRetention')}</label>
      <input type="number" step="0.01" {...field('desiredRetention', number)} />
      <label for="settings-lessonQuestions">{t('lessonQuestions')}</label>
      <select {...field('lessonQuestions', (v) => v as LessonQuestions)}>
        {LESSON_QUESTIONS.map((value) => (
          <option key={value} value={value}>
            {t(value)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={Object.keys(changed).length === 0}>
        {t('saveSettings')}
      </button>
      <FormMessage note={message} />
    </form>
  );
}
