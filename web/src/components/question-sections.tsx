import type {
  CohortResponse,
  CourseDetailResponse,
  KnowledgeMapResponse,
  QuestionStatsResponse,
} from '../api/types';
import { hardestQuestions, knowledgeMap } from '../charts/chart-data';
import { percent } from '../format';
import { localized, t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';
import { KnowledgeMapChart } from './cohort-charts';
import { QuestionStatsTable } from './question-stats-table';
import { StatusLine } from './status-line';

/** The knowledge map and the hardest questions: both read the cohort's question statistics. */
export function QuestionSections({ cohort }: { cohort: CohortResponse }) {
  const { api } = session.value!;
  const loaded = useLoad(
    () =>
      Promise.all([
        api.get<QuestionStatsResponse>(`/cohorts/${cohort.id}/questions`),
        api.get<CourseDetailResponse>(`/courses/${encodeURIComponent(cohort.courseId)}`),
        api.get<KnowledgeMapResponse>(`/cohorts/${cohort.id}/knowledge-map`),
      ]),
    [cohort.id],
  );
  if (!loaded.data) return <StatusLine loading={loaded.loading} error={loaded.error} />;
  const [stats, course, byWeek] = loaded.data;
  const hardest = hardestQuestions(stats.questions, 10);
  return (
    <>
      <section aria-labelledby="knowledge-map">
        <h2 id="knowledge-map">{t('knowledgeMap')}</h2>
        <KnowledgeMapChart map={knowledgeMap(course, stats.questions, byWeek)} />
      </section>
      <section aria-labelledby="hardest">
        <h2 id="hardest">{t('hardestQuestions')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('question')}</th>
              <th scope="col">{t('answers')}</th>
              <th scope="col">{t('accuracy')}</th>
              <th scope="col">{t('mostChosenWrong')}</th>
            </tr>
          </thead>
          <tbody>
            {hardest.map((q) => (
              <tr key={q.questionId}>
                <th scope="row">
                  {localized(q.prompt)} <small>({localized(q.lessonTitle) || q.lessonId})</small>
                </th>
                <td>{q.timesAnswered}</td>
                <td>{percent(q.accuracy)}</td>
                <td>
                  {q.mostChosenWrong.count > 0
                    ? `${q.mostChosenWrong.answer} (${q.mostChosenWrong.count}) ${q.mostChosenWrong.texts.map(localized).join(' / ')}`
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <QuestionStatsTable cohortId={cohort.id} questions={stats.questions} />
    </>
  );
}
