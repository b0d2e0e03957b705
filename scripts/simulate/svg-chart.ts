import { DayRecord } from '../../src/core/simulation/run-summary';

export interface ChartSeries {
  name: string;
  days: DayRecord[];
}

interface Panel {
  title: string;
  top: number;
  max: number;
  ticks: number[];
  label: (value: number) => string;
  value: (day: DayRecord, learners: number) => number;
}

const WIDTH = 860;
const LEFT = 60;
const RIGHT = 150;
const PANEL_HEIGHT = 220;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

/**
 * Two panels over the simulated days: mean true recall of the questions introduced so far,
 * and prompts per learner (what the recall costs). Plain SVG, no charting library.
 */
export function simulationChart(series: ChartSeries[], learners: number): string {
  const maxPrompts = Math.max(
    1,
    ...series.flatMap((s) => s.days.map((d) => Math.ceil(d.prompts / learners))),
  );
  const panels: Panel[] = [
    {
      title: 'Mean true recall of every course question by every learner (end of day)',
      top: 40,
      max: 1,
      ticks: [0, 0.25, 0.5, 0.75, 1],
      label: (v) => `${Math.round(v * 100)}%`,
      value: (d) => d.meanRecall,
    },
    {
      title: 'Prompts per learner',
      top: 40 + PANEL_HEIGHT + 60,
      max: maxPrompts,
      ticks: Array.from({ length: maxPrompts + 1 }, (_, i) => i),
      label: (v) => String(v),
      value: (d, n) => d.prompts / n,
    },
  ];
  const height = panels[1].top + PANEL_HEIGHT + 50;
  const body = panels.flatMap((panel) => drawPanel(panel, series, learners));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    ...body,
    ...legend(series),
    `<text x="${LEFT + plotWidth() / 2}" y="${height - 12}" text-anchor="middle">day</text>`,
    '</svg>',
    '',
  ].join('\n');
}

const plotWidth = () => WIDTH - LEFT - RIGHT;

function drawPanel(panel: Panel, series: ChartSeries[], learners: number): string[] {
  const dayCount = Math.max(1, ...series.map((s) => s.days.length));
  const x = (day: number) => LEFT + ((day - 1) / Math.max(1, dayCount - 1)) * plotWidth();
  const y = (value: number) => panel.top + PANEL_HEIGHT * (1 - value / panel.max);
  const bottom = panel.top + PANEL_HEIGHT;
  const grid = panel.ticks.map(
    (t) =>
      `<line x1="${LEFT}" x2="${LEFT + plotWidth()}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>` +
      `<text x="${LEFT - 6}" y="${y(t) + 4}" text-anchor="end">${panel.label(t)}</text>`,
  );
  const dayTicks = dayTickValues(dayCount).map(
    (d) =>
      `<line x1="${x(d)}" x2="${x(d)}" y1="${bottom}" y2="${bottom + 4}" stroke="#333"/>` +
      `<text x="${x(d)}" y="${bottom + 17}" text-anchor="middle">${d}</text>`,
  );
  const lines = series.map((s, i) => {
    const points = s.days.map(
      (d) => `${x(d.day).toFixed(1)},${y(panel.value(d, learners)).toFixed(1)}`,
    );
    return `<polyline fill="none" stroke="${COLORS[i % COLORS.length]}" stroke-width="1.8" points="${points.join(' ')}"/>`;
  });
  return [
    `<text x="${LEFT}" y="${panel.top - 12}" font-weight="bold">${panel.title}</text>`,
    ...grid,
    `<line x1="${LEFT}" x2="${LEFT + plotWidth()}" y1="${bottom}" y2="${bottom}" stroke="#333"/>`,
    ...dayTicks,
    ...lines,
  ];
}

function dayTickValues(dayCount: number): number[] {
  const step = dayCount <= 14 ? 1 : dayCount <= 60 ? 7 : 14;
  const ticks = [1];
  for (let d = step; d <= dayCount; d += step) if (d > 1) ticks.push(d);
  return ticks;
}

function legend(series: ChartSeries[]): string[] {
  const left = WIDTH - RIGHT + 20;
  return series.map((s, i) => {
    const y = 60 + i * 22;
    return (
      `<line x1="${left}" x2="${left + 24}" y1="${y}" y2="${y}" stroke="${COLORS[i % COLORS.length]}" stroke-width="3"/>` +
      `<text x="${left + 30}" y="${y + 4}">${escapeXml(s.name)}</text>`
    );
  });
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
