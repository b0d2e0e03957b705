import { useState } from 'preact/hooks';
import type { InvitesResponse } from '../api/types';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { CodesTable } from './codes-table';
import { QrCards } from './qr-cards';
import { ConfirmDialog } from './confirm-dialog';
import { describe } from './status-line';

/** Who has not joined, with the codes that still work; new ones for all at once; the printout. */
export function NotJoinedSection({ cohortId }: { cohortId: number }) {
  const { api } = session.value!;
  const [invites, setInvites] = useState<InvitesResponse | null>(null);
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const run = async (load: () => Promise<InvitesResponse>, done: (n: number) => string) => {
    setNote(t('loading'));
    try {
      const loaded = await load();
      setInvites(loaded);
      setNote(done(loaded.learners.length));
    } catch (error) {
      setNote(describe(error));
    }
  };
  const list = () =>
    run(
      () => api.get(`/cohorts/${cohortId}/invites`),
      () => '',
    );
  const reissue = () => {
    setAsking(false);
    return run(
      () => api.send('POST', `/cohorts/${cohortId}/codes`),
      (n) => t('codesReissued', { n }),
    );
  };
  const count = invites?.learners.length ?? 0;
  return (
    <section aria-labelledby="not-joined">
      <h2 id="not-joined">{t('notJoined')}</h2>
      <p class="no-print">
        <button type="button" onClick={list}>
          {t('showNotJoined')}
        </button>{' '}
        {count > 0 && (
          <button type="button" onClick={() => setAsking(true)}>
            {t('newCodes', { n: count })}
          </button>
        )}{' '}
        {count > 0 && (
          <button type="button" onClick={() => window.print()}>
            {t('printInvites')}
          </button>
        )}
      </p>
      <p aria-live="polite">{invites && count === 0 ? t('everyoneJoined') : note}</p>
      {asking && (
        <ConfirmDialog
          text={t('newCodesConfirm', { n: count })}
          onConfirm={reissue}
          onCancel={() => setAsking(false)}
        />
      )}
      {invites && count > 0 && <InviteSheet invites={invites} />}
    </section>
  );
}

const named = (name: string | null, wechatId: string | null) =>
  name ? `${name}${wechatId ? ` (${wechatId})` : ''}` : null;

/**
 * One row per learner, with the account they add when the pool has several, and each such
 * account's QR card: on paper, the sheet is all that prints (styles.css).
 */
function InviteSheet({ invites }: { invites: InvitesResponse }) {
  const account = named(invites.botName, invites.botWechatId) ?? t('inviteAccountUnknown');
  const rows = invites.learners.map((l) => ({
    learnerId: l.learnerId,
    name: l.name,
    externalId: l.externalId,
    code: l.code,
    expiresAt: l.codeExpiresAt,
    account: l.botAccount ? named(l.botAccount.name, l.botAccount.wechatId)! : undefined,
  }));
  const accounts = new Map(
    invites.learners.flatMap((l) => (l.botAccount ? [[l.botAccount.id, l.botAccount]] : [])),
  );
  return (
    <>
      <CodesTable class="invite-sheet" caption={t('inviteTitle', { account })} rows={rows} />
      <QrCards accounts={[...accounts.values()]} />
    </>
  );
}
