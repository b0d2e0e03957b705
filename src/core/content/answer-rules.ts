import { error, Finding, NodePath } from './node-path';
import { isId, isRecord } from './plain-data';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const isLetter = (value: unknown): value is string =>
  typeof value === 'string' && value.length === 1 && LETTERS.includes(value);

/**
 * Whether each question's answer fits its type and its choices. The schema states the
 * same shape for editors; these messages say what to change.
 */
export function checkAnswers(lesson: unknown): Finding[] {
  const questions = isRecord(lesson) && Array.isArray(lesson.questions) ? lesson.questions : [];
  return questions.flatMap((question: unknown, i) =>
    isRecord(question) && question.answer !== undefined
      ? checkAnswer(question, ['questions', i, 'answer'], questionName(question, i))
      : [],
  );
}

const questionName = (question: Record<string, unknown>, index: number): string =>
  isId(question.id) ? `question ${question.id}` : `questions[${index}]`;

function checkAnswer(q: Record<string, unknown>, at: NodePath, name: string): Finding[] {
  const choices = Array.isArray(q.choices) ? q.choices.length : 0;
  switch (q.type) {
    case 'single':
      return checkSingle(q.answer, at, name, choices);
    case 'multiple':
      return checkMultiple(q.answer, at, name, choices);
    case 'truefalse':
      return typeof q.answer === 'boolean'
        ? []
        : [error(at, `${name}: a truefalse answer is true or false`)];
    default:
      return [];
  }
}

function checkSingle(answer: unknown, at: NodePath, name: string, choices: number): Finding[] {
  if (Array.isArray(answer)) {
    return [
      error(at, `${name}: a single question takes one letter, not a list; use type multiple for two or more`),
    ];
  }
  if (!isLetter(answer)) return [error(at, `${name}: the answer must be one capital letter, like B`)];
  return outsideChoices(answer, at, name, choices);
}

function checkMultiple(answer: unknown, at: NodePath, name: string, choices: number): Finding[] {
  if (isLetter(answer) || (Array.isArray(answer) && answer.length === 1)) {
    return [
      error(at, `${name}: a multiple question needs two or more right letters; use type single for one`),
    ];
  }
  if (!Array.isArray(answer) || answer.length === 0) {
    return [error(at, `${name}: the answer must be a list of two or more letters, like [A, C]`)];
  }
  return answer.flatMap((letter: unknown, i) => {
    const itemAt = [...at, i];
    if (!isLetter(letter)) return [error(itemAt, `${name}: each answer must be one capital letter`)];
    if (answer.indexOf(letter) < i) return [error(itemAt, `${name}: answer ${letter} is listed twice`)];
    return outsideChoices(letter, itemAt, name, choices);
  });
}

function outsideChoices(letter: string, at: NodePath, name: string, choices: number): Finding[] {
  // Without choices there is nothing to compare; the missing choices are reported already.
  if (choices === 0 || LETTERS.indexOf(letter) < choices) return [];
  const range = choices === 1 ? 'A' : `A-${LETTERS[choices - 1]}`;
  return [error(at, `${name}: answer ${letter} is not among the choices ${range}`)];
}
