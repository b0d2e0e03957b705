import { csvLine, CsvCell, UTF8_BOM } from '../../core/progress/csv-cells';
import { QuestionStatResponse } from './dto/question-stats.response';

type Column = [header: string, cell: (q: QuestionStatResponse) => CsvCell];

const COLUMNS: Column[] = [
  ['questionId', (q) => q.questionId],
  ['lessonId', (q) => q.lessonId],
  ['lessonTitle (zh)', (q) => q.lessonTitle.zh ?? null],
  ['lessonTitle (en)', (q) => q.lessonTitle.en ?? null],
  ['type', (q) => q.type],
  ['prompt (zh)', (q) => q.prompt.zh ?? null],
  ['prompt (en)', (q) => q.prompt.en ?? null],
  ['correctAnswer', (q) => q.correctAnswer],
  ['retired', (q) => q.retired],
  ['timesSent', (q) => q.timesSent],
  ['timesAnswered', (q) => q.timesAnswered],
  ['firstTryAnswers', (q) => q.firstTryAnswers],
  ['firstTryAccuracy', (q) => q.firstTryAccuracy],
  ['accuracy', (q) => q.accuracy],
  ['mostChosenWrong', (q) => q.mostChosenWrong?.answer ?? null],
  ['mostChosenWrongCount', (q) => q.mostChosenWrong?.count ?? null],
  ['meanRetrievability', (q) => q.meanRetrievability],
];

/** questions.csv: the question statistics in the same order (worst first), for Excel. */
export function questionsCsv(questions: QuestionStatResponse[]): string {
  return (
    UTF8_BOM +
    csvLine(COLUMNS.map(([header]) => header)) +
    questions.map((q) => csvLine(COLUMNS.map(([, cell]) => cell(q)))).join('')
  );
}
