import { useState } from 'preact/hooks';
import type { Api } from '../api/client';
import type {
  BotStatusResponse,
  CohortLearnerResponse,
  EnrollmentCodeResponse,
  Page,
} from '../api/types';
import { issuedCodes, rememberCodes } from '../enrol/issued-codes';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { CodesTable } from './codes-table';
import { describe } from './status-line';

/** The list has no "not bound" filter yet: read it 500 at a time and keep the unbound. */
async function notJoined(api: Api, cohortId: number): Promise<CohortLearnerResponse[]> {
  const found: CohortLearnerResponse[] = [];
  for (let page = 1; ; page += 1) {
    const batch = await api.get<Page<CohortLearnerResponse>>(
      `/cohorts/${cohortId}/learners?page=${page}&pageSize=500`,
    );
    found.push(...batch.items.filter((l) => !l.bound && l.status !== 'withdrawn'));
    if (page * batch.pageSize >= batch.total) return found;
  }
}

export function NotJoinedSection({ cohortId }: { cohortId: number }) {
  const { api } = session.value!;
  const [learners, setLearners] = useState<CohortLearnerResponse[] | null>(null);
  const [note, setNote] = useState('');
  const [account, setAccount] = useState('');
  const list = async () => {
    setNote(t('loading'));
    try {
      setLearners(await notJoined(api, cohortId));
      const bot = await api.get<BotStatusResponse>('/bot');
      setAccount(bot.account ?? '');
      setNote('');
    } catch (error) {
      setNote(describe(error));
    }
  };
  const reissue = async () => {
    const missing = (learners ?? []).filter((l) => !issuedCodes.value.has(l.learnerId));
    for (const [i, l] of missing.entries()) {
      const issued = await api.send<EnrollmentCodeResponse>(
        'POST',
        `/learners/${l.learnerId}/code`,
      );
      rememberCodes([{ learnerId: l.learnerId, code: issued.code, expiresAt: issued.expiresAt }]);
      setNote(t('newCodesProgress', { done: i + 1, total: missing.length }));
    }
  };
  const without = (learners ?? []).filter((l) => !issuedCodes.value.has(l.learnerId)).length;
  return (
    <section aria-labelledby="not-joined">
      <h2 id="not-joined">{t('notJoined')}</h2>
      <p class="no-print">
        <button type="button" onClick={list}>
          {t('showNotJoined')}
        </button>{' '}
        {learners && without > 0 && (
          <button type="button" onClick={reissue}>
            {t('newCodes', { n: without })}
          </button>
        )}{' '}
        {learners && learners.length > 0 && (
          <button type="button" onClick={() => window.print()}>
            {t('printInvites')}
          </button>
        )}
      </p>
      <p aria-live="polite">{note}</p>
      {learners && <InviteSheet learners={learners} account={account} />}
    </section>
  );
}

/** One card per learner: on paper, the sheet is all that prints (styles.css). */
function InviteSheet({
  learners,
  account,
}: {
  learners: CohortLearnerResponse[];
  account: string;
}) {
  const title = t('inviteTitle', { account: account || t('inviteAccountUnknown') });
  const rows = learners.map((l) => {
    const issued = issuedCodes.value.get(l.learnerId);
    return {
      learnerId: l.learnerId,
      name: l.name,
      externalId: l.externalId,
      code: issued?.code ?? null,
      expiresAt: issued?.expiresAt ?? null,
    };
  });
  return <CodesTable class="invite-sheet" caption={title} rows={rows} />;
}
