import { useState } from 'preact/hooks';
import { toDataURL } from 'qrcode';
import type { BotAccountResponse } from '../api/types';
import { qrValueOf } from '../bot/qr-value';
import { count, dateTime } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';
import { AddBotAccountForm } from './add-bot-account-form';
import { describe, StatusLine } from './status-line';

/** The pool's WeChat accounts: state and load for HR; adding and disabling for admins only. */
export function BotAccountsSection() {
  const { api } = session.value!;
  const admin = can(session.value!).manageBotAccounts;
  const accounts = useLoad(async () => {
    const list = await api.get<BotAccountResponse[]>('/bot-accounts');
    // Drawn here from the link: the image service it points at is off an intranet's reach.
    const qr = await Promise.all(
      list.map((a) => (a.qrUrl ? toDataURL(qrValueOf(a.qrUrl), { margin: 1, width: 200 }) : null)),
    );
    return list.map((account, i) => ({ account, qr: qr[i] }));
  }, [api]);
  const [note, setNote] = useState('');
  const setEnabled = async (account: BotAccountResponse, enabled: boolean) => {
    try {
      await api.send('PATCH', `/bot-accounts/${account.id}`, { enabled });
      setNote(t(enabled ? 'accountEnabled' : 'accountDisabled', { name: account.name }));
      accounts.reload();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <section aria-labelledby="bot-accounts">
      <h2 id="bot-accounts">{t('botAccounts')}</h2>
      <StatusLine loading={accounts.loading && !accounts.data} error={accounts.error} />
      <p aria-live="polite">{note}</p>
      {accounts.data?.length === 0 && <p>{t('noBotAccounts')}</p>}
      {!!accounts.data?.length && (
        <table class="bot-accounts">
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">WeChat</th>
              <th scope="col">{t('instance')}</th>
              <th scope="col">{t('learners')}</th>
              <th scope="col">{t('queued')}</th>
              <th scope="col">{t('sentToday')}</th>
              <th scope="col">{t('drainsAt')}</th>
              {admin && <th scope="col">{t('actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {accounts.data.map(({ account: a, qr }) => (
              <tr key={a.id}>
                <th scope="row">{a.name}</th>
                <td>
                  {a.state}
                  {a.stateReason && <div class="error">{a.stateReason}</div>}
                  {qr && <img src={qr} alt={t('scanAccountQr', { name: a.name })} width={200} />}
                </td>
                <td>{[a.wechatName, a.wechatId].filter(Boolean).join(' · ') || '—'}</td>
                <td>{a.instance ?? '—'}</td>
                <td>{count(a.learnersPinned)}</td>
                <td>{count(a.queued)}</td>
                <td>{count(a.sentToday)}</td>
                <td>{a.drainsAt ? dateTime(a.drainsAt) : '—'}</td>
                {admin && (
                  <td>
                    <button type="button" onClick={() => setEnabled(a, !a.enabled)}>
                      {t(a.enabled ? 'disableAccount' : 'enableAccount', { name: a.name })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {admin && <AddBotAccountForm onAdded={accounts.reload} />}
    </section>
  );
}
