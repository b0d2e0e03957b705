import type { EChartsCoreOption } from 'echarts/core';
import { useState } from 'preact/hooks';
import type {
  EnrollmentCodeResponse,
  EnrollmentProgress,
  LearnerProgressResponse,
  LearnerResponse,
} from '../api/types';
import { answersPerDay, latestPerQuestion, localDay } from '../charts/chart-data';
import { ConfirmDialog } from '../components/confirm-dialog';
import { EChart } from '../components/echart';
import { CohortFiguresRow } from '../components/learner-figures';
import { describe, StatusLine } from '../components/status-line';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';

export function LearnerPage({ id }: { id: number }) {
  const { api, role } = session.value!;
  const progress = useLoad(
    () => api.get<LearnerProgressResponse>(`/learners/${id}/progress`),
    [id],
  );
  const [erased, setErased] = useState(false);
  if (erased)
    return (
      <p role="status" class="ok">
        {t('erased')}
      </p>
    );
  if (!progress.data) return <StatusLine loading={progress.loading} error={progress.error} />;
  return (
    <article>
      <h1>
        {progress.data.name} <small>({progress.data.externalId})</small>
      </h1>
      {can(role).manageLearners && (
        <LearnerActions id={id} name={progress.data.name} onErased={() => setErased(true)} />
      )}
      {progress.data.enrollments.map((e) => (
        <EnrollmentView key={e.enrollmentId} enrollment={e} />
      ))}
    </article>
  );
}

function EnrollmentView({ enrollment: e }: { enrollment: EnrollmentProgress }) {
  const perDay = answersPerDay(e.recentReviews, localDay);
  const option: EChartsCoreOption = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: perDay.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('right'), type: 'bar', stack: 'a', data: perDay.right, color: '#1a7f37' },
      { name: t('partial'), type: 'bar', stack: 'a', data: perDay.partial, color: '#b08800' },
      { name: t('wrong'), type: 'bar', stack: 'a', data: perDay.wrong, color: '#b42318' },
    ],
  };
  return (
    <section aria-labelledby={`enrollment-${e.enrollmentId}`}>
      <h2 id={`enrollment-${e.enrollmentId}`}>
        <a href={`#/cohorts/${e.cohortId}`}>{e.cohortName}</a> · {t(e.status)}
      </h2>
      <CohortFiguresRow row={e} />
      <h3>{t('answersOverTime')}</h3>
      <EChart option={option} label={t('answersOverTime')} />
      <h3>{t('recentAnswers')}</h3>
      <p class="hint">{t('recallPerQuestionMissing')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('question')}</th>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('grade')}</th>
            <th scope="col">{t('chosen')}</th>
            <th scope="col">{t('correctAnswer')}</th>
          </tr>
        </thead>
        <tbody>
          {latestPerQuestion(e.recentReviews).map((r) => (
            <tr key={r.questionId}>
              <th scope="row">{r.questionId}</th>
              <td>{dateTime(r.reviewedAt)}</td>
              <td>{t(r.grade)}</td>
              <td>{r.chosen}</td>
              <td>{r.correctAnswer}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Pause or resume, a new code, erasure: HR's hands on one learner. */
function LearnerActions(props: { id: number; name: string; onErased: () => void }) {
  const { id, name } = props;
  const { api } = session.value!;
  const learner = useLoad(() => api.get<LearnerResponse>(`/learners/${id}`), [id]);
  const [note, setNote] = useState('');
  const [asking, setAsking] = useState(false);
  const act = async (action: () => Promise<string>) => {
    try {
      setNote(await action());
      learner.reload();
    } catch (error) {
      setNote(describe(error));
    }
  };
  const paused = learner.data?.enrollments.some((e) => e.status === 'paused');
  const setStatus = (status: 'active' | 'paused') =>
    act(async () => {
      await api.send('PATCH', `/learners/${id}`, { status });
      return `${t('status')}: ${status}`;
    });
  const newCode = () =>
    act(async () => {
      const issued = await api.send<EnrollmentCodeResponse>('POST', `/learners/${id}/code`);
      return `${t('code')}: ${issued.code} (${t('expires')} ${dateTime(issued.expiresAt)})`;
    });
  const erase = async () => {
    setAsking(false);
    try {
      await api.send('DELETE', `/learners/${id}`);
      props.onErased();
    } catch (error) {
      setNote(describe(error));
    }
  };
  return (
    <div class="actions">
      {learner.data && (
        <button type="button" onClick={() => setStatus(paused ? 'active' : 'paused')}>
          {paused ? t('resume') : t('pause')}
        </button>
      )}
      <button type="button" onClick={newCode}>
        {t('newCode')}
      </button>
      <button type="button" class="danger" onClick={() => setAsking(true)}>
        {t('erase')}
      </button>
      <p aria-live="polite">{note}</p>
      {asking && (
        <ConfirmDialog
          text={t('eraseConfirm', { name })}
          onConfirm={erase}
          onCancel={() => setAsking(false)}
        />
      )}
    </div>
  );
}
