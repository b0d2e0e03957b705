import { CurveSummary } from '../../src/core/simulation/equal-budget';

const WIDTH = 760;
const HEIGHT = 460;
const LEFT = 60;
const RIGHT = 150;
const TOP = 40;
const BOTTOM = 50;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

/**
 * Recall at day D (all course items) against prompts per learner-day, one line per policy
 * through its mean point at each cap, with the 95% intervals over seeds as bars on both axes.
 * Plain SVG, no charting library.
 */
export function budgetChart(curves: readonly CurveSummary[], title: string): string {
  const points = curves.flatMap((c) => c.points);
  const maxX = Math.max(1, Math.ceil(Math.max(...points.map((p) => p.prompts.high))));
  const maxY = Math.min(1, Math.ceil(Math.max(...points.map((p) => p.recall.high)) * 10) / 10);
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (v: number) => (LEFT + (v / maxX) * plotW).toFixed(1);
  const y = (v: number) => (TOP + plotH * (1 - v / maxY)).toFixed(1);
  const yTicks = Array.from({ length: Math.round(maxY * 10) + 1 }, (_, i) => i / 10);
  const xTicks = Array.from({ length: maxX + 1 }, (_, i) => i);
  const grid = [
    ...yTicks.map(
      (t) =>
        `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>` +
        `<text x="${LEFT - 6}" y="${Number(y(t)) + 4}" text-anchor="end">${Math.round(t * 100)}%</text>`,
    ),
    ...xTicks.map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${TOP}" y2="${TOP + plotH}" stroke="#eee"/>` +
        `<text x="${x(t)}" y="${TOP + plotH + 17}" text-anchor="middle">${t}</text>`,
    ),
  ];
  const series = curves.flatMap((curve, i) => {
    const color = COLORS[i % COLORS.length];
    const line = curve.points.map((p) => `${x(p.prompts.mean)},${y(p.recall.mean)}`).join(' ');
    const bars = curve.points.map(
      (p) =>
        `<line x1="${x(p.prompts.mean)}" x2="${x(p.prompts.mean)}" y1="${y(p.recall.low)}" y2="${y(p.recall.high)}" stroke="${color}"/>` +
        `<line x1="${x(p.prompts.low)}" x2="${x(p.prompts.high)}" y1="${y(p.recall.mean)}" y2="${y(p.recall.mean)}" stroke="${color}"/>` +
        `<circle cx="${x(p.prompts.mean)}" cy="${y(p.recall.mean)}" r="3" fill="${color}"><title>cap ${p.maxReviewsPerDay}</title></circle>`,
    );
    const legendY = TOP + 20 + i * 22;
    return [
      `<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${line}"/>`,
      ...bars,
      `<line x1="${WIDTH - RIGHT + 20}" x2="${WIDTH - RIGHT + 44}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="3"/>` +
        `<text x="${WIDTH - RIGHT + 50}" y="${legendY + 4}">${escapeXml(curve.policy)}</text>`,
    ];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${LEFT}" y="${TOP - 14}" font-weight="bold">${escapeXml(title)}</text>`,
    ...grid,
    `<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${TOP + plotH}" y2="${TOP + plotH}" stroke="#333"/>`,
    ...series,
    `<text x="${LEFT + plotW / 2}" y="${HEIGHT - 12}" text-anchor="middle">prompts per learner-day</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
