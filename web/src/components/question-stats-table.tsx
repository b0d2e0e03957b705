import type { QuestionStatResponse } from '../api/types';
import { percent, saveBlob } from '../format';
import { localized, t } from '../i18n/i18n';
import { session } from '../session';
import { describe } from './status-line';

/** Every question of the cohort's course with its statistics, worst first, and its CSV. */
export function QuestionStatsTable(props: { cohortId: number; questions: QuestionStatResponse[] }) {
  const { api } = session.value!;
  const download = () =>
    api.blob(`/cohorts/${props.cohortId}/questions.csv`).then(
      (blob) => saveBlob(blob, `cohort-${props.cohortId}-questions.csv`),
      (error: unknown) => alert(describe(error)),
    );
  return (
    <section aria-labelledby="question-stats">
      <h2 id="question-stats">{t('questionStats')}</h2>
      <p class="no-print">
        <button type="button" onClick={download}>
          {t('exportQuestionsCsv')}
        </button>
      </p>
      <details>
        <summary>{t('showAllQuestions', { n: props.questions.length })}</summary>
        <table class="question-stats">
          <thead>
            <tr>
              <th scope="col">{t('question')}</th>
              <th scope="col">{t('timesSent')}</th>
              <th scope="col">{t('answers')}</th>
              <th scope="col">{t('firstTryAccuracy')}</th>
              <th scope="col">{t('accuracy')}</th>
              <th scope="col">{t('recall')}</th>
            </tr>
          </thead>
          <tbody>
            {props.questions.map((q) => (
              <tr key={q.questionId}>
                <th scope="row">
                  {localized(q.prompt)} <small>({q.questionId})</small>
                </th>
                <td>{q.timesSent}</td>
                <td>{q.timesAnswered}</td>
                <td>{percent(q.firstTryAccuracy)}</td>
                <td>{percent(q.accuracy)}</td>
                <td>{percent(q.meanRetrievability)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
