import { useState } from 'preact/hooks';
import type { AtRiskLearner } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';
import { Pager } from './pager';

const SHOWN = 20;

export function AtRiskTable({ learners }: { learners: AtRiskLearner[] }) {
  const [page, setPage] = useState(0);
  return (
    <section aria-labelledby="at-risk">
      <h2 id="at-risk">
        {t('atRiskLearners')} ({learners.length})
      </h2>
      {learners.length === 0 ? (
        <p>{t('noneAtRisk')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('externalId')}</th>
              <th scope="col">{t('joined')}</th>
              <th scope="col">{t('lastActive')}</th>
            </tr>
          </thead>
          <tbody>
            {learners.slice(page * SHOWN, (page + 1) * SHOWN).map((l) => (
              <tr key={l.learnerId}>
                <th scope="row">
                  <a href={`#/learners/${l.learnerId}`}>
                    {l.name ?? t('learnerNumber', { id: l.learnerId })}
                  </a>
                </th>
                <td>{l.externalId}</td>
                <td>{l.bound ? '✓' : '—'}</td>
                <td>{dateTime(l.lastActiveAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pages={Math.ceil(learners.length / SHOWN)} onPage={setPage} />
    </section>
  );
}
