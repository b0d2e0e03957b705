import { useState } from 'preact/hooks';
import type { EnrollmentCodeResponse, LearnerResponse } from '../api/types';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';
import { ConfirmDialog } from './confirm-dialog';
import { describe } from './status-line';

type Asking = 'withdraw' | 'erase' | null;

/**
 * Pause or resume, a new code, withdrawal (no more sessions, the answers stay) and erasure:
 * HR's hands on one learner. The last two ask first.
 */
export function LearnerActions(props: {
  id: number;
  name: string;
  onChanged: () => void;
  onErased: () => void;
}) {
  const { id, name } = props;
  const { api } = session.value!;
  const learner = useLoad(() => api.get<LearnerResponse>(`/learners/${id}`), [id]);
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState<Asking>(null);
  const act = async (action: () => Promise<string>) => {
    setAsking(null);
    try {
      setNote(await action());
      learner.reload();
      props.onChanged();
    } catch (error) {
      setNote(describe(error));
    }
  };
  const statuses = learner.data?.enrollments.map((e) => e.status) ?? [];
  const paused = statuses.includes('paused');
  const withdrawn = statuses.length > 0 && statuses.every((s) => s === 'withdrawn');
  const setStatus = (status: 'active' | 'paused') =>
    act(async () => {
      await api.send('PATCH', `/learners/${id}`, { status });
      return `${t('status')}: ${t(status)}`;
    });
  const newCode = () =>
    act(async () => {
      const issued = await api.send<EnrollmentCodeResponse>('POST', `/learners/${id}/code`);
      return `${t('code')}: ${issued.code} (${t('expires')} ${dateTime(issued.expiresAt)})`;
    });
  const withdraw = () =>
    act(async () => {
      await api.send('POST', `/learners/${id}/withdraw`);
      return `${t('status')}: ${t('withdrawn')}`;
    });
  const erase = async () => {
    setAsking(null);
    try {
      await api.send('DELETE', `/learners/${id}`);
      props.onErased();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <div class="actions">
      {learner.data && !withdrawn && (
        <>
          <button type="button" onClick={() => setStatus(paused ? 'active' : 'paused')}>
            {paused ? t('resume') : t('pause')}
          </button>
          <button type="button" onClick={newCode}>
            {t('newCode')}
          </button>
          <button type="button" onClick={() => setAsking('withdraw')}>
            {t('withdraw')}
          </button>
        </>
      )}
      <button type="button" class="danger" onClick={() => setAsking('erase')}>
        {t('erase')}
      </button>
      <p aria-live="polite">{note}</p>
      {asking && (
        <ConfirmDialog
          text={t(asking === 'erase' ? 'eraseConfirm' : 'withdrawConfirm', { name })}
          onConfirm={asking === 'erase' ? erase : withdraw}
          onCancel={() => setAsking(null)}
        />
      )}
    </div>
  );
}
