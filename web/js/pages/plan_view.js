// The dose planner's proposal as a clinician reads it: the weight used and why, the dose
// and vials, the infusion-rate steps (a table and a step chart), every warning, the label
// limits checked and the formulas; a refused plan shows its reasons instead. A confirmed
// course's stored plan (GET .../courses/{n}/plan) is shown read-only the same way, with who
// confirmed it and when, the risk factors entered and the infusion days.

import { h, s, table, num, words, stamp } from '../dom.js';

function rateChart(plan) {
  const steps = plan.rate_steps || [];
  if (steps.length === 0) return null;
  const W = 520;
  const H = 170;
  const L = 56;
  const B = 34;
  const total = plan.duration_min || steps.reduce((a, st) => a + st.duration_min, 0);
  const top = Math.max(...steps.map((st) => st.ml_per_h)) * 1.15;
  const x = (m) => L + (m / total) * (W - L - 12);
  const y = (r) => H - B - (r / top) * (H - B - 12);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart rate-chart', role: 'img',
    'aria-label': `Infusion rate steps: ${steps.map((st) => `${st.ml_per_h} mL/h from minute ${st.start_min}`).join(', ')}` });
  let d = `M${x(0)},${y(0)}`;
  for (const st of steps) d += `L${x(st.start_min)},${y(st.ml_per_h)}L${x(st.start_min + st.duration_min)},${y(st.ml_per_h)}`;
  d += `L${x(total)},${y(0)}Z`;
  svg.append(s('path', { d, class: 'rate-area' }));
  for (const st of steps) {
    svg.append(s('text', { x: (x(st.start_min) + x(st.start_min + st.duration_min)) / 2, y: y(st.ml_per_h) - 5,
      'text-anchor': 'middle', class: 'bar-label-dark' }, `${st.ml_per_h} mL/h`));
  }
  const ticks = [0, ...steps.map((st) => st.start_min + st.duration_min)];
  for (const t of ticks) {
    svg.append(s('line', { x1: x(t), x2: x(t), y1: H - B, y2: H - B + 5, class: 'tick-mark' }),
      s('text', { x: x(t), y: H - B + 18, 'text-anchor': 'middle', class: 'tick' }, `${Math.round(t)}`));
  }
  svg.append(s('line', { x1: L, x2: W - 12, y1: H - B, y2: H - B, class: 'axis' }),
    s('text', { x: (L + W) / 2, y: H - 2, 'text-anchor': 'middle', class: 'axis-label' }, 'minutes from the start of the infusion'),
    s('text', { x: 12, y: (H - B) / 2, class: 'axis-label', transform: `rotate(-90 12 ${(H - B) / 2})`, 'text-anchor': 'middle' }, 'mL/h'));
  return svg;
}

// A blinded trial's course: what the kit holds follows the patient's arm, which the planner
// never sees (nor names); the site prepares and records the kit as planned.
export function maskedNotice() {
  return h('p', { class: 'alert alert-info masked-drug', role: 'note' },
    h('span', { class: 'pill pill-info' }, 'Masked study drug'),
    ' What the kit holds follows the patient\'s concealed allocation. Prepare and record the kit\'s nominal dose and volume as planned.');
}

function kv(pairs) {
  return h('dl', { class: 'kv' }, pairs.filter(Boolean).map(([k, v]) => h('div', h('dt', k), h('dd', v))));
}

export function planView(answer) {
  const plan = answer.plan;
  if (plan.refused) {
    return h('div', { class: 'plan plan-refused', 'data-refused': 'true' },
      h('div', { class: 'alert alert-error', role: 'alert' },
        h('h3', 'The planner refuses this course'),
        h('ul', plan.reasons.map((r) => h('li', typeof r === 'string' ? r : r.message || r.code)))),
      plan.warnings && plan.warnings.length ? warnings(plan) : null,
      plan.notice ? h('p', { class: 'notice' }, plan.notice) : null);
  }
  const vials = (plan.vials || []).map((v) => `${v.count} × ${v.size_g} g`).join(' + ');
  return h('div', { class: 'plan', 'data-refused': 'false' },
    h('p', { class: 'notice' }, plan.notice),
    answer.course && answer.course.blinded ? maskedNotice() : null,
    h('div', { class: 'plan-grid' },
      h('section', { class: 'plan-box', 'aria-labelledby': 'h-weight' }, h('h3', { id: 'h-weight' }, 'Weight used'),
        h('p', { class: 'big' }, `${num(plan.dosing_weight_kg)} kg`, h('span', { class: 'muted' }, ` (${words(plan.weight_basis)})`)),
        h('p', plan.weight_explanation),
        kv([['Actual weight', `${num(plan.actual_weight_kg)} kg`], ['Policy', words(plan.weight_policy)],
          plan.ibw_kg ? ['Ideal body weight', `${num(plan.ibw_kg, 1)} kg`] : null,
          plan.adjbw_kg ? ['Adjusted body weight', `${num(plan.adjbw_kg, 1)} kg`] : null,
          plan.bmi ? ['BMI', `${num(plan.bmi, 1)} kg/m²`] : null])),
      h('section', { class: 'plan-box', 'aria-labelledby': 'h-dose' }, h('h3', { id: 'h-dose' }, 'Dose'),
        h('p', { class: 'big', id: 'plan-daily-dose' }, `${num(plan.daily_dose_g)} g/day`, h('span', { class: 'muted' }, ` × ${plan.days} days = ${num(plan.total_dose_g)} g`)),
        kv([['Regimen', `${plan.dose_g_per_kg_per_day} g/kg/day (${plan.dose_g_per_kg_per_course} g/kg per course)`],
          ['Product', `${plan.product.name} (${plan.product.concentration_g_per_ml * 1000} mg/mL)`],
          ['Vials per day', vials || '–'], ['Waste per day', `${num(plan.waste_g)} g`],
          ['Volume per day', `${num(plan.volume_ml)} mL`], ['Duration per day', `${Math.round(plan.duration_min)} min (${(plan.duration_min / 60).toFixed(1)} h)`]]))),
    h('section', { class: 'plan-box', 'aria-labelledby': 'h-rate' }, h('h3', { id: 'h-rate' }, `Infusion rate steps (${plan.rate_unit})`),
      h('div', { class: 'grid-2 tight' },
        table([
          { label: 'From minute', class: 'num', cell: (st) => num(st.start_min) },
          { label: plan.rate_unit, class: 'num', cell: (st) => num(st.rate) },
          { label: 'mL/h (pump)', class: 'num', cell: (st) => h('strong', num(st.ml_per_h)) },
          { label: 'Minutes', class: 'num', cell: (st) => num(st.duration_min) },
          { label: 'Volume (mL)', class: 'num', cell: (st) => num(st.volume_ml) },
        ], plan.rate_steps, { class: 'rate-table' }),
        rateChart(plan))),
    warnings(plan),
    h('details', { class: 'plan-box' }, h('summary', `Label limits checked (${plan.limits.length})`), h('ul', plan.limits.map((l) => h('li', l)))),
    h('details', { class: 'plan-box' }, h('summary', 'Formulas'), h('ol', { class: 'formulas' }, plan.formulas.map((f) => h('li', h('code', f))))));
}

function warnings(plan) {
  const list = plan.warnings || [];
  return h('section', { class: 'plan-box warnings', 'aria-labelledby': 'h-warn' },
    h('h3', { id: 'h-warn' }, `Warnings (${list.length})`,
      plan.at_risk ? h('span', { class: 'pill pill-bad' }, 'at risk: ' + (plan.risk_factors || []).map(words).join(', ')) : null),
    list.length ? h('ul', { class: 'warning-list' }, list.map((w) => h('li', { class: 'warning', 'data-code': w.code },
      h('strong', words(w.code)), ': ', w.message))) : h('p', { class: 'muted' }, 'No warning.'));
}

// The infusion days of a confirmed plan, kept for the infusion log's first visit.
export const planCache = new Map();

// The plan stored when the course was confirmed, read-only: who confirmed it and when, the
// risk factors entered, the infusion days (dose, volume and vials per day) and the plan.
export function confirmedPlanView(stored, riskLabels = {}) {
  const plan = stored.plan;
  const vials = (plan.vials || []).map((v) => `${v.count} × ${v.size_g} g`).join(' + ') || '–';
  const entered = stored.risk_factors_entered || [];
  return h('div', { class: 'confirmed-plan', 'data-course': stored.course_number },
    h('dl', { class: 'kv confirmed-facts' }, [
      ['Confirmed by', stored.confirmed_by], ['Confirmed at', stamp(stored.confirmed_at)],
      ['Day 1', stored.course.start_date], ['Product', stored.course.product],
      ['Risk factors entered', entered.length ? entered.map((r) => riskLabels[r] || words(r)).join(', ') : 'none'],
    ].map(([k, v]) => h('div', h('dt', k), h('dd', v)))),
    h('section', { class: 'plan-box', 'aria-labelledby': 'h-planned-days' },
      h('h3', { id: 'h-planned-days' }, 'Infusion days as planned'),
      table([
        { label: 'Day', cell: (d) => d.day },
        { label: 'Date', cell: (d) => d.date },
        { label: 'Dose (g)', class: 'num', cell: (d) => num(d.dose_g) },
        { label: 'Volume (mL)', class: 'num', cell: (d) => num(d.volume_ml) },
        { label: 'Vials', cell: () => vials },
      ], stored.infusion_days || [], { class: 'planned-days', empty: 'No infusion day planned.' })),
    planView(stored));
}
