// The patient's outcomes over time (patient page `series`): one SVG plot per measure by
// visit week; CK on a log axis with its upper limit of normal; the total improvement score
// with its category thresholds; the start of each course as a vertical line.

import { h, daysBetween } from '../dom.js';
import { lineChart } from '../charts.js';

// How a measure of /study `measures` is drawn beyond its label and unit: VAS (cm) on their
// 0-10 scale, HAQ-DI on 0-3, CK on a log axis. The total improvement score is computed,
// not measured, so it is not among the study's measures.
const OPTIONS = { haq: { yMin: 0, yMax: 3 }, ck: { log: true } };
const UNIT_OPTIONS = { cm: { yMin: 0, yMax: 10 } };
const TIS = { measure: 'tis', label: 'Total improvement score (ACR/EULAR)', unit: 'points', options: { yMin: 0, yMax: 100 } };

function courseWeeks(page) {
  const starts = page.courses.map((c) => c.start_date).sort();
  if (starts.length === 0) return [];
  // Visit weeks count from randomisation (randomised designs) or day 1 of the first course.
  const zero = page.allocation && page.allocation.randomised_on ? page.allocation.randomised_on : starts[0];
  return page.courses.map((c) => ({ x: daysBetween(zero, c.start_date) / 7, label: `C${c.course}` }));
}

function plot(key, title, unit, opts, points, page, study) {
  const instrument = study.instruments.find((i) => i.measure === key);
  const name = instrument ? instrument.label : title;
  const refLines = [];
  if (key === 'ck') {
    const uln = points.map((p) => p.uln).filter((u) => u > 0);
    if (uln.length) refLines.push({ y: uln[uln.length - 1], label: `ULN ${uln[uln.length - 1]}` });
  }
  if (key === 'tis') refLines.push({ y: 20, label: 'minimal 20' }, { y: 40, label: 'moderate 40' }, { y: 60, label: 'major 60' });
  const label = (p) => `week ${p.week} (${p.date}): ${p.value}${key === 'ck' && p.uln ? ` IU/l, ${(p.value / p.uln).toFixed(1)} × ULN` : ''}${p.category ? ` (${p.category})` : ''}`;
  const weeks = points.map((p) => p.week);
  // A small change should look small: the y axis spans at least a fifth of the instrument's
  // range (4 kg for weight), centred on the values and kept inside the range.
  let { yMin, yMax } = opts;
  if (!opts.log && yMin === undefined && instrument) {
    const values = points.map((p) => p.value);
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    const span = key === 'weight' ? 4 : (instrument.max - instrument.min) / 5;
    if (hi - lo < span) {
      const mid = (lo + hi) / 2;
      yMin = Math.max(instrument.min, mid - span / 2);
      yMax = Math.min(instrument.max, yMin + span);
      yMin = Math.max(instrument.min, yMax - span);
    }
  }
  const chart = lineChart({
    id: key, title: `${name} by week`,
    summary: points.map((p) => `week ${p.week} ${p.value}`).join(', '),
    series: [{ name, points: points.map((p) => ({ x: p.week, y: p.value, label: label(p) })) }],
    xTicks: [...new Set(weeks)].sort((a, b) => a - b), xFormat: (w) => String(w), xLabel: 'week',
    yLabel: unit, log: opts.log, yMin, yMax, refLines,
    vLines: courseWeeks(page), height: 230,
  });
  const latest = points[points.length - 1];
  const first = points[0];
  return h('figure', { class: 'plot-card', 'data-measure': key },
    h('figcaption', h('span', { class: 'plot-title' }, name),
      latest ? h('span', { class: 'plot-latest' }, `week ${latest.week}: `, h('strong', String(latest.value)),
        points.length > 1 ? ` (week ${first.week}: ${first.value})` : '') : null),
    chart);
}

// Plots of every measure the patient has values for, in the study's order, then the TIS.
export function outcomePlots(page, study) {
  const series = page.series || {};
  const figures = [];
  for (const m of [...study.measures, TIS]) {
    const key = m.measure;
    const points = (series[key] || []).filter((p) => p.value !== null && p.value !== undefined);
    if (points.length === 0) continue;
    const opts = m.options || OPTIONS[key] || UNIT_OPTIONS[m.unit] || {};
    const unit = opts.log ? `${m.unit} (log scale)` : m.unit;
    figures.push(plot(key, m.label, unit, opts, [...points].sort((a, b) => a.week - b.week), page, study));
  }
  if (figures.length === 0) return h('p', { class: 'muted' }, 'No outcome has been measured yet: record a visit to see the plots.');
  return h('div', { class: 'plots' }, figures);
}
