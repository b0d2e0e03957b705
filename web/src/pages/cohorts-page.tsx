import type { Api } from '../api/client';
import type { CohortProgressResponse, CohortResponse } from '../api/types';
import { cohortFigures } from '../charts/chart-data';
import { CalendarWarningNote } from '../components/cohort-status';
import { StatusLine } from '../components/status-line';
import { CreateCohortForm } from '../components/create-cohort-form';
import { count, percent } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';

/** The totals cover every learner; one row of the list is the least a report sends. */
const progressOf = (api: Api, id: number) =>
  api.get<CohortProgressResponse>(`/cohorts/${id}/progress?pageSize=1`);

async function loadCohorts(api: Api) {
  const cohorts = await api.get<CohortResponse[]>('/cohorts');
  const reports = await Promise.all(cohorts.map((c) => progressOf(api, c.id)));
  return cohorts.map((cohort, i) => ({ cohort, figures: cohortFigures(reports[i].totals) }));
}

export function CohortsPage() {
  const { api } = session.value!;
  const list = useLoad(() => loadCohorts(api), [api]);
  return (
    <section>
      <h1>{t('cohorts')}</h1>
      <StatusLine loading={list.loading && !list.data} error={list.error} />
      {list.data?.map(({ cohort }) => (
        <CalendarWarningNote key={cohort.id} cohort={cohort} />
      ))}
      {list.data && (
        <table>
          <caption class="hint">{t('figuresNote')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cohortName')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('learners')}</th>
              <th scope="col">{t('joined')}</th>
              <th scope="col">{t('active7')}</th>
              <th scope="col">{t('participation')}</th>
              <th scope="col">{t('accuracy')}</th>
              <th scope="col">{t('atRisk')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map(({ cohort, figures }) => (
              <tr key={cohort.id}>
                <th scope="row">
                  <a href={`#/cohorts/${cohort.id}`}>{cohort.name}</a>
                </th>
                <td>{t(cohort.status)}</td>
                <td>{count(figures.learners)}</td>
                <td>{count(figures.joined)}</td>
                <td>{count(figures.active7)}</td>
                <td>{percent(figures.participation)}</td>
                <td>{percent(figures.accuracy)}</td>
                <td>{count(figures.atRisk)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {can(session.value!).createCohorts && <CreateCohortForm onCreated={list.reload} />}
    </section>
  );
}
