import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'preact/hooks';
import type { ProgressTotalsResponse } from '../api/types';
import { learnersAtAGlance, type KnowledgeMap } from '../charts/chart-data';
import { localized, t } from '../i18n/i18n';
import { EChart } from './echart';

export function LearnersAtAGlanceChart({ totals }: { totals: ProgressTotalsResponse }) {
  const option = useMemo((): EChartsCoreOption => {
    const data = learnersAtAGlance(totals);
    const names: Record<string, string> = {
      learners: t('learners'),
      joined: t('joined'),
      active: t('active'),
      paused: t('paused'),
      atRisk: t('atRisk'),
      completed: t('completed'),
    };
    return {
      animation: false,
      tooltip: {},
      grid: { left: 60, right: 20, top: 20, bottom: 30 },
      xAxis: { type: 'category', data: data.keys.map((k) => names[k]) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', data: data.values, itemStyle: { color: '#1f5fa8' } }],
    };
  }, [totals]);
  return <EChart option={option} label={t('learnersChart')} />;
}

export function KnowledgeMapChart({ map }: { map: KnowledgeMap }) {
  const option = useMemo(
    (): EChartsCoreOption => ({
      animation: false,
      tooltip: {},
      grid: { left: 160, right: 20, top: 10, bottom: 70 },
      xAxis: {
        type: 'category',
        // Every column named: week number over its first day (MM-DD), then recall now.
        axisLabel: { interval: 0 },
        data: [
          ...map.weeks.map((from, i) => t('weekOf', { n: i + 1, from: from.slice(5) })),
          t('recallNow'),
        ],
      },
      yAxis: { type: 'category', data: map.modules.map((m) => localized(m.title) || m.id) },
      visualMap: {
        min: 0,
        max: 100,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        inRange: { color: ['#b2182b', '#f7f7f7', '#2166ac'] },
      },
      series: [
        {
          type: 'heatmap',
          data: map.cells.map(([x, y, v]) => [x, y, v ?? '-']),
          label: { show: true, formatter: (p: { value: unknown[] }) => `${String(p.value[2])}%` },
        },
      ],
    }),
    [map],
  );
  const height = 110 + 36 * map.modules.length;
  return <EChart option={option} label={t('knowledgeMap')} height={height} />;
}
