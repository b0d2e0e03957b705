import type { Locale } from '../content/course-model';
import type { FeedbackView } from './message-views';
import { renderFeedback } from './quiz-messages';

const feedback = (locale: Locale, view: Partial<FeedbackView>): string =>
  renderFeedback(locale, {
    grade: 'wrong',
    correctAnswer: 'B',
    correctChoiceTexts: ['Ask first'],
    explain: 'Because.',
    comesBackInDays: 1,
    ...view,
  });

describe('the right answer in the feedback', () => {
  it.each([
    ['en', 'true', 'Correct answer: True'],
    ['en', 'false', 'Correct answer: False'],
    ['zh', 'true', '正确答案：对'],
    ['zh', 'false', '正确答案：错'],
  ] as const)('%s truefalse "%s" shows the word: %s', (locale, answer, expected) => {
    const text = feedback(locale, { correctAnswer: answer, correctChoiceTexts: [] });
    expect(text.split('\n')[1]).toBe(expected);
  });

  it('multiple shows every right letter, then each right choice', () => {
    const text = feedback('en', {
      grade: 'partial',
      correctAnswer: 'ACD',
      correctChoiceTexts: ['Payment terms', 'Delivery', 'Volume'],
    });
    expect(text).toMatch(
      /^🟡 Partly right\.\nCorrect answer: A, C, D\nA\. Payment terms\nC\. Delivery\nD\. Volume\n\n/,
    );
  });

  it('multiple in Chinese lists the letters with 、', () => {
    const text = feedback('zh', { correctAnswer: 'AC', correctChoiceTexts: ['账期', '运费'] });
    expect(text).toContain('正确答案：A、C\nA. 账期\nC. 运费');
  });

  it('single shows the letter and its text on one line', () => {
    expect(feedback('en', {})).toContain('Correct answer: B. Ask first\n');
  });

  it('without choice texts the letters alone still say the answer', () => {
    expect(feedback('en', { correctAnswer: 'AC', correctChoiceTexts: [] })).toContain(
      'Correct answer: A, C\n\n',
    );
  });

  it('the explanation and the return are there even for a right answer', () => {
    const text = feedback('zh', { grade: 'right', comesBackInDays: 30 });
    expect(text).toMatch(
      /^✅ 答对了！\n正确答案：B\. Ask first\n\n解析：Because\.\n这道题大约 4 周后再来。$/,
    );
  });

  it('an empty explanation leaves no empty label', () => {
    expect(feedback('zh', { explain: '  ' })).not.toContain('解析');
  });

  it('with both a summary and a next prompt, the open question comes last', () => {
    const text = feedback('en', {
      summary: { correct: 1, answered: 1, streakDays: 1, nextSession: 'Mon 09:00' },
      next: { position: 1, total: 1, type: 'truefalse', prompt: 'Extra?', choices: [] },
    });
    expect(text.indexOf('Done for today')).toBeLessThan(text.indexOf('Extra?'));
    expect(text).toMatch(/Reply T \(true\) or F \(false\)$/);
  });
});
