import { useState } from 'preact/hooks';
import type { CohortProgressResponse, LearnerProgressRow } from '../api/types';
import { count, dateTime, percent } from '../format';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';
import { Pager } from './pager';
import { StatusLine } from './status-line';

export const CHUNK = 500;
const SHOWN = 50;

/**
 * Every learner's progress, 50 rows on screen, fetched from the server 500 at a time: a cohort
 * of 10,000 never puts more than one chunk in the page.
 */
export function LearnerTable(props: { cohortId: number; first: CohortProgressResponse }) {
  const { api } = session.value!;
  const [page, setPage] = useState(0);
  const total = props.first.learners.total;
  const chunk = Math.floor((page * SHOWN) / CHUNK);
  const rows = useLoad(
    async () =>
      chunk === 0
        ? props.first.learners.items
        : (
            await api.get<CohortProgressResponse>(
              `/cohorts/${props.cohortId}/progress?page=${chunk + 1}&pageSize=${CHUNK}`,
            )
          ).learners.items,
    [chunk, props.first],
  );
  const offset = page * SHOWN - chunk * CHUNK;
  return (
    <section aria-labelledby="all-learners">
      <h2 id="all-learners">
        {t('allLearners')} ({count(total)})
      </h2>
      <StatusLine loading={rows.loading} error={rows.error} />
      <ProgressRows rows={rows.data?.slice(offset, offset + SHOWN) ?? []} />
      <Pager page={page} pages={Math.ceil(total / SHOWN)} onPage={setPage} />
    </section>
  );
}

function ProgressRows({ rows }: { rows: LearnerProgressRow[] }) {
  return (
    <table class="learners">
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('externalId')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('joined')}</th>
          <th scope="col">{t('lessons')}</th>
          <th scope="col">{t('answers')}</th>
          <th scope="col">{t('accuracy')}</th>
          <th scope="col">{t('streak')}</th>
          <th scope="col">{t('recall')}</th>
          <th scope="col">{t('lastActive')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.enrollmentId} class={r.atRisk ? 'at-risk' : undefined}>
            <th scope="row">
              <a href={`#/learners/${r.learnerId}`}>
                {r.name ?? t('learnerNumber', { id: r.learnerId })}
              </a>
            </th>
            <td>{r.externalId}</td>
            <td>{t(r.status)}</td>
            <td>{r.bound ? '✓' : '—'}</td>
            <td>
              {r.lessonsDelivered} / {r.lessonsTotal}
            </td>
            <td>{r.answers}</td>
            <td>{percent(r.accuracy)}</td>
            <td>{r.currentStreak}</td>
            <td>{percent(r.meanRetrievability)}</td>
            <td>{dateTime(r.lastActiveAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
