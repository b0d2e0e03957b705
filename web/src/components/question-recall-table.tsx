import type { QuestionRecallResponse } from '../api/types';
import { dateTime, percent } from '../format';
import { t } from '../i18n/i18n';

/** Where the learner stands on each question now, weakest first (FSRS's predicted recall). */
export function QuestionRecallTable({ questions }: { questions: QuestionRecallResponse[] }) {
  return (
    <table class="question-recall">
      <caption>{t('recallPerQuestion')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('question')}</th>
          <th scope="col">{t('recall')}</th>
          <th scope="col">{t('dueAt')}</th>
        </tr>
      </thead>
      <tbody>
        {questions.map((q) => (
          <tr key={q.questionId}>
            <th scope="row">{q.questionId}</th>
            <td>{q.recall === null ? t('notAnswered') : percent(q.recall)}</td>
            <td>{dateTime(q.due)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
