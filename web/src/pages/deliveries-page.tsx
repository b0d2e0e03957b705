import { useState } from 'preact/hooks';
import { toDataURL } from 'qrcode';
import { qrValueOf } from '../bot/qr-value';
import type { BotStatusResponse, DeliveryResponse, Page } from '../api/types';
import { BotAccountsSection } from '../components/bot-accounts-section';
import { describe, StatusLine } from '../components/status-line';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';

export function DeliveriesPage() {
  return (
    <>
      {can(session.value!).seeBot && <BotSection />}
      {can(session.value!).seeBot && <BotAccountsSection />}
      <FailedDeliveries />
    </>
  );
}

/** The login state; while it waits for a scan, the QR code drawn here from its link. */
function BotSection() {
  const { api } = session.value!;
  const bot = useLoad(async () => {
    const status = await api.get<BotStatusResponse>('/bot');
    const qr = status.qrCodeUrl
      ? await toDataURL(qrValueOf(status.qrCodeUrl), { margin: 1, width: 240 })
      : null;
    return { status, qr };
  }, [api]);
  return (
    <section aria-labelledby="bot">
      <h1 id="bot">{t('bot')}</h1>
      <StatusLine loading={bot.loading && !bot.data} error={bot.error} />
      {bot.data && (
        <>
          <p>
            {t('botState', { state: bot.data.status.state })}
            {bot.data.status.account ? ` · ${bot.data.status.account}` : ''}
          </p>
          {bot.data.status.reason && (
            <p class="error">{t('botReason', { reason: bot.data.status.reason })}</p>
          )}
          {bot.data.qr && (
            <figure>
              <img src={bot.data.qr} alt={t('scanQr')} width={240} height={240} />
              <figcaption>{t('scanQr')}</figcaption>
            </figure>
          )}
        </>
      )}
    </section>
  );
}

function FailedDeliveries() {
  const { api } = session.value!;
  const failed = useLoad(
    () => api.get<Page<DeliveryResponse>>('/deliveries?status=failed&pageSize=100'),
    [api],
  );
  const [note, setNote] = useState('');
  const retry = async (id: number) => {
    try {
      await api.send('POST', `/deliveries/${id}/retry`);
      setNote(`${t('retried')}: #${id}`);
      failed.reload();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <section aria-labelledby="failed">
      <h2 id="failed">
        {t('failedDeliveries')} {failed.data ? `(${failed.data.total})` : ''}
      </h2>
      <StatusLine loading={failed.loading && !failed.data} error={failed.error} />
      <p aria-live="polite">{note}</p>
      {failed.data?.items.length === 0 && <p>{t('noFailed')}</p>}
      {!!failed.data?.items.length && (
        <table>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('learner')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('attempts')}</th>
              <th scope="col">{t('lastError')}</th>
              <th scope="col">{t('when')}</th>
              <th scope="col">
                <span class="visually-hidden">{t('retry')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {failed.data.items.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.id}</th>
                <td>
                  <a href={`#/learners/${d.learnerId}`}>{d.learnerId}</a>
                </td>
                <td>{d.kind}</td>
                <td>{d.attempts}</td>
                <td>{d.lastError ?? ''}</td>
                <td>{dateTime(d.createdAt)}</td>
                <td>
                  <button type="button" onClick={() => retry(d.id)}>
                    {t('retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
