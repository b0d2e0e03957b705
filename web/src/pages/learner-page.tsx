import type { EChartsCoreOption } from 'echarts/core';
import { useState } from 'preact/hooks';
import type { EnrollmentProgress, LearnerProgressResponse } from '../api/types';
import { answersPerDay, latestPerQuestion } from '../charts/chart-data';
import { EChart } from '../components/echart';
import { LearnerActions } from '../components/learner-actions';
import { CohortFiguresRow } from '../components/learner-figures';
import { QuestionRecallTable } from '../components/question-recall-table';
import { StatusLine } from '../components/status-line';
import { dateTime } from '../format';
import { t } from '../i18n/i18n';
import { can, session } from '../session';
import { useLoad } from '../use-load';

export function LearnerPage({ id }: { id: number }) {
  const { api } = session.value!;
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
        {progress.data.name === undefined ? (
          t('learnerNumber', { id })
        ) : (
          <>
            {progress.data.name} <small>({progress.data.externalId})</small>
          </>
        )}
      </h1>
      {can(session.value!).manageLearners && (
        <LearnerActions
          id={id}
          name={progress.data.name ?? t('learnerNumber', { id })}
          onChanged={progress.reload}
          onErased={() => setErased(true)}
        />
      )}
      {progress.data.enrollments.map((e) => (
        <EnrollmentView key={e.enrollmentId} enrollment={e} />
      ))}
    </article>
  );
}

function EnrollmentView({ enrollment: e }: { enrollment: EnrollmentProgress }) {
  const perDay = answersPerDay(e.sessionDays);
  const option: EChartsCoreOption = {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: {},
    grid: { left: 40, right: 20, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: perDay.days },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('right'), type: 'bar', stack: 'a', data: perDay.right, color: '#1a7f37' },
      { name: t('notRight'), type: 'bar', stack: 'a', data: perDay.notRight, color: '#b42318' },
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
      <QuestionRecallTable questions={e.questions} />
      <h3>{t('recentAnswers')}</h3>
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
