import { CurveSummary } from '../../src/core/simulation/equal-budget';

const WIDTH = 760;
const HEIGHT = 460;
const LEFT = 60;
const RIGHT = 150;
const TOP = 40;
const BOTTOM = 50;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];

interface Axes {
  maxX: number;
  maxY: number;
  x: (v: number) => string;
  y: (v: number) => string;
}

/**
 * Recall at day D (all course items) against prompts per learner-day, one line per policy
 * through its mean point at each cap, with the 95% intervals over seeds as bars on both axes.
 * Plain SVG, no charting library.
 */
export function budgetChart(curves: readonly CurveSummary[], title: string): string {
  const points = curves.flatMap((c) => c.points);
  const maxX = Math.max(1, Math.ceil(Math.max(...points.map((p) => p.prompts.high))));
  const maxY = Math.min(1, Math.ceil(Math.max(...points.map((p) => p.recall.high)) * 10) / 10);
  const axes: Axes = {
    maxX,
    maxY,
    // Intervals from few seeds can reach past the axes: they are cut at the plot's edges.
    x: (v) => (LEFT + (clamp(v, maxX) / maxX) * PLOT_W).toFixed(1),
    y: (v) => (TOP + PLOT_H * (1 - clamp(v, maxY) / maxY)).toFixed(1),
  };
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${LEFT}" y="${TOP - 14}" font-weight="bold">${escapeXml(title)}</text>`,
    ...grid(axes),
    ...curves.flatMap((curve, i) => series(curve, i, axes)),
    `<text x="${LEFT + PLOT_W / 2}" y="${HEIGHT - 12}" text-anchor="middle">prompts per learner-day</text>`,
    '</svg>',
    '',
  ].join('\n');
}

function grid({ maxX, maxY, x, y }: Axes): string[] {
  const yTicks = Array.from({ length: Math.round(maxY * 10) + 1 }, (_, i) => i / 10);
  const xTicks = Array.from({ length: maxX + 1 }, (_, i) => i);
  return [
    ...yTicks.map(
      (t) =>
        `<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${y(t)}" y2="${y(t)}" stroke="#ddd"/>` +
        `<text x="${LEFT - 6}" y="${Number(y(t)) + 4}" text-anchor="end">${Math.round(t * 100)}%</text>`,
    ),
    ...xTicks.map(
      (t) =>
        `<line x1="${x(t)}" x2="${x(t)}" y1="${TOP}" y2="${TOP + PLOT_H}" stroke="#eee"/>` +
        `<text x="${x(t)}" y="${TOP + PLOT_H + 17}" text-anchor="middle">${t}</text>`,
    ),
    `<line x1="${LEFT}" x2="${LEFT + PLOT_W}" y1="${TOP + PLOT_H}" y2="${TOP + PLOT_H}" stroke="#333"/>`,
  ];
}

function series(curve: CurveSummary, index: number, { x, y }: Axes): string[] {
  const color = COLORS[index % COLORS.length];
  const line = curve.points.map((p) => `${x(p.prompts.mean)},${y(p.recall.mean)}`).join(' ');
  const bars = curve.points.map(
    (p) =>
      `<line x1="${x(p.prompts.mean)}" x2="${x(p.prompts.mean)}" y1="${y(p.recall.low)}" y2="${y(p.recall.high)}" stroke="${color}"/>` +
      `<line x1="${x(p.prompts.low)}" x2="${x(p.prompts.high)}" y1="${y(p.recall.mean)}" y2="${y(p.recall.mean)}" stroke="${color}"/>` +
      `<circle cx="${x(p.prompts.mean)}" cy="${y(p.recall.mean)}" r="3" fill="${color}"><title>cap ${p.maxReviewsPerDay}</title></circle>`,
  );
  const legendY = TOP + 20 + index * 22;
  return [
    `<polyline fill="none" stroke="${color}" stroke-width="1.8" points="${line}"/>`,
    ...bars,
    `<line x1="${WIDTH - RIGHT + 20}" x2="${WIDTH - RIGHT + 44}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="3"/>` +
      `<text x="${WIDTH - RIGHT + 50}" y="${legendY + 4}">${escapeXml(curve.policy)}</text>`,
  ];
}

const clamp = (v: number, max: number) => Math.min(max, Math.max(0, v));

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
