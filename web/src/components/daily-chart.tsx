import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'preact/hooks';
import type { CohortSeriesResponse } from '../api/types';
import { dailyLines } from '../charts/chart-data';
import { t } from '../i18n/i18n';
import { session } from '../session';
import { useLoad } from '../use-load';
import { EChart } from './echart';
import { StatusLine } from './status-line';

/** The last 30 days of the cohort: participation, accuracy and predicted recall, per day. */
export function DailyChart({ cohortId }: { cohortId: number }) {
  const { api } = session.value!;
  const series = useLoad(
    () => api.get<CohortSeriesResponse>(`/cohorts/${cohortId}/series`),
    [cohortId],
  );
  const option = useMemo((): EChartsCoreOption | null => {
    if (!series.data) return null;
    const lines = dailyLines(series.data);
    const line = (name: string, data: Array<number | null>, color: string) => ({
      name,
      type: 'line',
      data,
      color,
      connectNulls: false,
    });
    return {
      animation: false,
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (v == null ? '—' : `${v}%`) },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: lines.days },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [
        line(t('participation'), lines.participation, '#1f5fa8'),
        line(t('accuracy'), lines.accuracy, '#1a7f37'),
        line(t('recall'), lines.recall, '#8250df'),
      ],
    };
  }, [series.data]);
  return (
    <section aria-labelledby="daily">
      <h2 id="daily">{t('dailyChart')}</h2>
      {option ? (
        <EChart option={option} label={t('dailyChart')} />
      ) : (
        <StatusLine loading={series.loading} error={series.error} />
      )}
      <p class="hint">{t('dailyNote')}</p>
    </section>
  );
}
