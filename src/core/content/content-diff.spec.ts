import { classify, completeLocales, questionAnswerHash, questionTextHash } from './content-diff';
import { QuestionDef } from './course-model';

const question: QuestionDef = {
  id: 'q1',
  type: 'single',
  prompt: { en: 'Your authority ends at 5%. The customer asks for 12%. First step?', zh: '你的权限只到5%……' },
  choices: [{ en: 'Agree' }, { en: 'Go back to your manager with options' }],
  answer: 'B',
  explain: { en: 'Ask for a wider mandate before you concede.' },
};

describe('classifying a synced item', () => {
  const stored = { hash: questionTextHash(question, 0), answerHash: questionAnswerHash(question), retired: false };

  it('a question never seen before is added', () => {
    expect(classify(undefined, { hash: 'x', answerHash: 'y' })).toBe('added');
  });

  it('the same files again are unchanged', () => {
    expect(classify(stored, { hash: questionTextHash(question, 0), answerHash: questionAnswerHash(question) })).toBe(
      'unchanged',
    );
  });

  it('a reworded prompt is updated, keeping the answer', () => {
    const edited = { ...question, prompt: { ...question.prompt, en: 'A customer wants 12% off. First step?' } };
    expect(classify(stored, { hash: questionTextHash(edited, 0), answerHash: questionAnswerHash(edited) })).toBe(
      'updated',
    );
  });

  it('a new right letter is answer-changed', () => {
    const edited = { ...question, answer: 'A' };
    expect(classify(stored, { hash: questionTextHash(edited, 0), answerHash: questionAnswerHash(edited) })).toBe(
      'answer-changed',
    );
  });

  it('a reworded choice is answer-changed, because the right choice may now mean something else', () => {
    const edited = { ...question, choices: [{ en: 'Agree at once' }, question.choices[1]] };
    expect(classify(stored, { hash: questionTextHash(edited, 0), answerHash: questionAnswerHash(edited) })).toBe(
      'answer-changed',
    );
  });

  it('a retired question back in the files is revived', () => {
    expect(classify({ ...stored, retired: true }, { hash: stored.hash, answerHash: stored.answerHash })).toBe('revived');
  });

  it('a moved question is updated', () => {
    expect(classify(stored, { hash: questionTextHash(question, 1), answerHash: questionAnswerHash(question) })).toBe(
      'updated',
    );
  });
});

describe('locales a text set is complete in', () => {
  it('counts a locale only when every text has it', () => {
    expect(completeLocales([{ zh: '标题', en: 'Title' }, { zh: '正文' }])).toEqual(['zh']);
    expect(completeLocales([{ zh: '标题', en: 'Title' }, { zh: '正文', en: ' ' }])).toEqual(['zh']);
    expect(completeLocales([{ zh: '标题', en: 'Title' }])).toEqual(['zh', 'en']);
  });
});
