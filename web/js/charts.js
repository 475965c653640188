// SVG line charts drawn in the page (no library): linear or log10 y axis, several series,
// reference lines (an upper limit of normal, the baseline week), step lines for cumulative
// counts. Every point carries a <title> with its value for hover and screen readers.

import { h, s } from './dom.js';

const W = 560;
const H = 250;
const M = { left: 56, right: 18, top: 18, bottom: 42 };

// About `count` round tick values covering [min, max].
export function niceTicks(min, max, count = 5, integer = false) {
  if (!(max > min)) {
    const pad = Math.abs(min) > 0 ? Math.abs(min) * 0.1 : 1;
    return niceTicks(min - pad, max + pad, count, integer);
  }
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const steps = (integer ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]).map((m) => Math.max(integer ? 1 : 0, m * mag));
  const step = steps.find((st) => st >= raw) || 10 * mag;
  const ticks = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  if (ticks[ticks.length - 1] < max) ticks.push(Number((ticks[ticks.length - 1] + step).toFixed(10)));
  return ticks;
}

// Ticks 1, 2, 5 x 10^k covering [min, max] (both > 0).
export function logTicks(min, max) {
  const ticks = [];
  const lo = Math.floor(Math.log10(min));
  const hi = Math.ceil(Math.log10(max));
  for (let k = lo; k <= hi; k += 1) {
    for (const m of hi - lo > 3 ? [1] : [1, 2, 5]) {
      const v = m * 10 ** k;
      if (v >= min / 1.0001 && v <= max * 1.0001) ticks.push(v);
    }
  }
  if (ticks.length < 2) return [10 ** lo, 10 ** hi];
  return ticks;
}

function fmt(v) {
  if (Math.abs(v) >= 10000) return `${v / 1000}k`;
  return String(Number(v.toFixed(3)));
}

// opts: {title, series: [{name, points: [{x, y, label}], step, dashed, colour}], xTicks, xFormat,
// xLabel, yLabel, log, yMin, yMax, refLines: [{y, label}], vLines: [{x, label}], height}
export function lineChart(opts) {
  const height = opts.height || H;
  const pts = opts.series.flatMap((se) => se.points);
  const xs = pts.map((p) => p.x).concat(opts.xDomain || []);
  const ys = pts.map((p) => p.y).concat((opts.refLines || []).map((r) => r.y));
  let xMin = Math.min(...xs);
  let xMax = Math.max(...xs);
  if (xMin === xMax) { xMin -= 1; xMax += 1; }
  const xTicks = opts.xTicks || niceTicks(xMin, xMax, 6).filter((t) => t >= xMin && t <= xMax);
  let yTicks;
  let yScale;
  const plotH = height - M.top - M.bottom;
  if (opts.log) {
    const positive = ys.filter((y) => y > 0);
    // The axis runs from the 1-2-5 step at or below the lowest value to the one at or above
    // the highest, so both ends carry a label.
    const steps = (v, up) => {
      const k = Math.floor(Math.log10(v));
      const cands = [1, 2, 5, 10].map((m) => m * 10 ** k);
      return up ? cands.find((c) => c >= v * 0.9999) : [...cands].reverse().find((c) => c <= v * 1.0001);
    };
    const lo = steps(Math.min(...positive, opts.yMin ?? Infinity), false);
    const hi = steps(Math.max(...positive, opts.yMax ?? -Infinity), true);
    yTicks = logTicks(lo, hi);
    const a = Math.log10(Math.min(yTicks[0], lo));
    const b = Math.log10(Math.max(yTicks[yTicks.length - 1], hi));
    yScale = (y) => M.top + plotH - ((Math.log10(y) - a) / (b - a || 1)) * plotH;
  } else {
    const lo = Math.min(...ys, opts.yMin ?? Infinity);
    const hi = Math.max(...ys, opts.yMax ?? -Infinity);
    yTicks = niceTicks(lo, hi, 5, opts.yInteger);
    const a = yTicks[0];
    const b = yTicks[yTicks.length - 1];
    yScale = (y) => M.top + plotH - ((y - a) / (b - a || 1)) * plotH;
  }
  const plotW = W - M.left - M.right;
  const xScale = (x) => M.left + ((x - xMin) / (xMax - xMin)) * plotW;
  const xFormat = opts.xFormat || fmt;

  const svg = s('svg', {
    viewBox: `0 0 ${W} ${height}`, class: 'chart', role: 'img',
    'aria-label': opts.title + (opts.summary ? `: ${opts.summary}` : ''),
    'data-chart': opts.id || null,
  });
  svg.append(s('title', {}, opts.title));
  const grid = s('g', { class: 'grid' });
  for (const t of yTicks) {
    const y = yScale(t);
    grid.append(s('line', { x1: M.left, x2: W - M.right, y1: y, y2: y }),
      s('text', { x: M.left - 8, y: y + 4, class: 'tick', 'text-anchor': 'end' }, fmt(t)));
  }
  for (const t of xTicks) {
    const x = xScale(t);
    grid.append(s('line', { x1: x, x2: x, y1: M.top + plotH, y2: M.top + plotH + 5, class: 'tick-mark' }),
      s('text', { x, y: M.top + plotH + 18, class: 'tick', 'text-anchor': 'middle' }, xFormat(t)));
  }
  grid.append(s('line', { x1: M.left, x2: W - M.right, y1: M.top + plotH, y2: M.top + plotH, class: 'axis' }),
    s('line', { x1: M.left, x2: M.left, y1: M.top, y2: M.top + plotH, class: 'axis' }));
  svg.append(grid);
  if (opts.xLabel) svg.append(s('text', { x: M.left + plotW / 2, y: height - 6, class: 'axis-label', 'text-anchor': 'middle' }, opts.xLabel));
  if (opts.yLabel) {
    svg.append(s('text', { x: 14, y: M.top + plotH / 2, class: 'axis-label', 'text-anchor': 'middle',
      transform: `rotate(-90 14 ${M.top + plotH / 2})` }, opts.yLabel));
  }
  const vLines = (opts.vLines || []).filter((v) => v.x >= xMin && v.x <= xMax);
  for (const v of vLines) {
    const x = xScale(v.x);
    // Labels only while they have room; the lines alone still mark the events.
    svg.append(s('g', { class: 'vline' }, s('line', { x1: x, x2: x, y1: M.top, y2: M.top + plotH }),
      vLines.length <= 4 ? s('text', { x: x + 4, y: M.top + 10, class: 'ref-label' }, v.label) : null));
  }
  for (const r of opts.refLines || []) {
    const y = yScale(r.y);
    svg.append(s('g', { class: 'refline' }, s('line', { x1: M.left, x2: W - M.right, y1: y, y2: y }),
      s('text', { x: W - M.right - 4, y: y - 5, class: 'ref-label', 'text-anchor': 'end' }, r.label)));
  }
  opts.series.forEach((se, i) => {
    const sorted = [...se.points].sort((p, q) => p.x - q.x).filter((p) => !opts.log || p.y > 0);
    const g = s('g', { class: `series series-${se.colour ?? i}`, 'data-series': se.name });
    let d = '';
    sorted.forEach((p, k) => {
      const x = xScale(p.x);
      const y = yScale(p.y);
      if (k === 0) d += `M${x},${y}`;
      else if (se.step) d += `H${x}V${y}`;
      else d += `L${x},${y}`;
    });
    if (se.step && sorted.length) d += `H${xScale(xMax)}`;
    if (sorted.length > 1 || se.step) g.append(s('path', { d, class: se.dashed ? 'line dashed' : 'line' }));
    {
      // A step line marks only where it steps.
      const marked = se.step ? sorted.filter((p, k) => k === 0 || p.y !== sorted[k - 1].y) : sorted;
      for (const p of marked) {
        g.append(s('circle', { cx: xScale(p.x), cy: yScale(p.y), r: se.step ? 2.5 : 4, class: 'point',
          'data-x': p.x, 'data-y': p.y }, s('title', {}, p.label || `${xFormat(p.x)}: ${p.y}`)));
      }
    }
    svg.append(g);
  });
  return svg;
}

// The key of a chart's series as HTML (wraps however many series there are).
export function chartLegend(series) {
  return h('ul', { class: 'chart-legend' }, series.map((se, i) => h('li', { class: `series series-${se.colour ?? i}` },
    h('span', { class: `swatch${se.dashed ? ' dashed' : ''}`, 'aria-hidden': 'true' }), se.name)));
}

// A message in place of a chart that has nothing to plot.
export function emptyChart(title, message) {
  const svg = s('svg', { viewBox: `0 0 ${W} 120`, class: 'chart chart-empty', role: 'img', 'aria-label': `${title}: ${message}` });
  svg.append(s('text', { x: W / 2, y: 64, 'text-anchor': 'middle', class: 'empty-text' }, message));
  return svg;
}
