import type { CohortProgressResponse, CohortResponse } from '../api/types';
import { cohortFigures } from '../charts/chart-data';
import { AtRiskTable } from '../components/at-risk-table';
import { LearnersAtAGlanceChart } from '../components/cohort-charts';
import { CohortFiguresView } from '../components/cohort-figures';
import { CohortSettingsForm } from '../components/cohort-settings';
import { CalendarWarningNote, CohortStatusControl } from '../components/cohort-status';
import { DailyChart } from '../components/daily-chart';
import { CHUNK, LearnerTable } from '../components/learner-table';
import { NotJoinedSection } from '../components/not-joined-section';
import { QuestionSections } from '../components/question-sections';
import { describe, StatusLine } from '../components/status-line';
import { saveBlob } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';

export function CohortPage({ id }: { id: number }) {
  const { api } = session.value!;
  const allowed = can(session.value!);
  const loaded = useLoad(
    () =>
      Promise.all([
        api.get<CohortResponse>(`/cohorts/${id}`),
        api.get<CohortProgressResponse>(`/cohorts/${id}/progress?pageSize=${CHUNK}`),
      ]),
    [id],
  );
  if (!loaded.data) return <StatusLine loading={loaded.loading} error={loaded.error} />;
  const [cohort, report] = loaded.data;
  const exportCsv = () =>
    api.blob(`/cohorts/${id}/progress.csv`).then(
      (blob) => saveBlob(blob, `cohort-${id}-progress.csv`),
      (error: unknown) => alert(describe(error)),
    );
  return (
    <article class="cohort">
      <h1>
        {cohort.name} <small>· {t(cohort.status)}</small>
      </h1>
      <CalendarWarningNote cohort={cohort} />
      {allowed.manageLearners && <CohortStatusControl cohort={cohort} onSaved={loaded.reload} />}
      <p class="actions no-print">
        {allowed.manageLearners && (
          <a class="button" href={`#/cohorts/${id}/enrol`}>
            {t('enrol')}
          </a>
        )}
        <button type="button" onClick={exportCsv}>
          {t('exportCsv')}
        </button>
      </p>
      <CohortFiguresView figures={cohortFigures(report.totals)} />
      <p class="hint">{t('figuresNote')}</p>
      <DailyChart cohortId={id} />
      <section aria-labelledby="glance">
        <h2 id="glance">{t('learnersChart')}</h2>
        <LearnersAtAGlanceChart totals={report.totals} />
      </section>
      <QuestionSections cohort={cohort} />
      <AtRiskTable learners={report.atRisk} />
      {allowed.manageLearners && <NotJoinedSection cohortId={id} />}
      <LearnerTable cohortId={id} first={report} />
      {allowed.manageLearners && <CohortSettingsForm cohort={cohort} onSaved={loaded.reload} />}
    </article>
  );
}
