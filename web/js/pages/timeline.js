// The patient's timeline: an SVG with one lane per kind of record (study events, steroid
// periods, courses and infusions, visits, adverse events) on a shared date axis, and the
// same events as a chronological list (patient page `timeline`), each linked to its record
// (`link`; `entity` names the record kind as the API does: infusions, visits, ...).

import { h, s, addDays, daysBetween } from '../dom.js';

const W = 1100;
const LANE = 34;
const LEFT = 120;
const RIGHT = 20;
const TOP = 14;

const LANES = [
  ['study', 'Study', ['enrolment', 'randomisation', 'withdrawal']],
  ['steroid', 'Prednisolone', ['steroid']],
  ['course', 'Courses', ['course', 'infusion']],
  ['visit', 'Visits', ['visit']],
  ['adverse_event', 'Adverse events', ['adverse_event']],
];

function monthTicks(first, last) {
  const ticks = [];
  const start = new Date(`${first}T00:00:00Z`);
  const span = daysBetween(first, last);
  const step = span > 900 ? 6 : span > 400 ? 3 : span > 150 ? 1 : 0;
  if (step === 0) {
    for (let d = first; d <= last; d = addDays(d, 14)) ticks.push(d);
    return ticks;
  }
  const d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  while (d.toISOString().slice(0, 10) <= last) {
    if (d.getUTCMonth() % step === 0) ticks.push(d.toISOString().slice(0, 10));
    d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return ticks;
}

export function timelineChart(page, regimenDays) {
  const events = page.timeline || [];
  const dates = events.map((e) => e.date);
  for (const dose of page.steroid_doses) dates.push(dose.from_date, dose.to_date || page.as_of);
  for (const ae of page.adverse_events) if (ae.end_date) dates.push(ae.end_date);
  if (dates.length === 0) return h('p', { class: 'muted' }, 'Nothing recorded yet.');
  const sorted = dates.filter(Boolean).sort();
  let first = sorted[0];
  let last = sorted[sorted.length - 1];
  const lastEvent = events.length ? events[events.length - 1].date : first;
  if (last > lastEvent && page.steroid_doses.every((d) => d.to_date)) last = lastEvent;
  if (last > addDays(lastEvent > first ? lastEvent : first, 120)) last = addDays(lastEvent, 120);
  first = addDays(first, -7);
  last = addDays(last, 7);
  const span = Math.max(1, daysBetween(first, last));
  const x = (iso) => LEFT + (Math.min(span, Math.max(0, daysBetween(first, iso))) / span) * (W - LEFT - RIGHT);
  const height = TOP + LANES.length * LANE + 30;
  const svg = s('svg', { viewBox: `0 0 ${W} ${height}`, class: 'chart timeline', role: 'img',
    'aria-label': `Timeline from ${first} to ${last}: ${events.length} events, listed below` });
  const laneOf = {};
  LANES.forEach(([key, label, kinds], i) => {
    const y = TOP + i * LANE;
    for (const k of kinds) laneOf[k] = i;
    svg.append(s('rect', { x: LEFT, y, width: W - LEFT - RIGHT, height: LANE, class: i % 2 ? 'lane lane-odd' : 'lane' }),
      s('text', { x: LEFT - 10, y: y + LANE / 2 + 4, 'text-anchor': 'end', class: 'lane-label' }, label));
  });
  const axisY = TOP + LANES.length * LANE;
  const ticks = monthTicks(first, last);
  const fortnights = ticks.length > 1 && daysBetween(ticks[0], ticks[1]) < 28;
  for (const t of ticks) {
    svg.append(s('line', { x1: x(t), x2: x(t), y1: TOP, y2: axisY + 4, class: 'tl-grid' }),
      s('text', { x: x(t), y: axisY + 18, 'text-anchor': 'middle', class: 'tick' }, fortnights ? t : t.slice(0, 7)));
  }
  const laneY = (i) => TOP + i * LANE + LANE / 2;
  for (const dose of page.steroid_doses) {
    const x1 = x(dose.from_date);
    const x2 = x(dose.to_date || last);
    const w = Math.max(2, x2 - x1);
    svg.append(s('g', { class: 'tl-steroid' },
      s('rect', { x: x1, y: laneY(1) - 7, width: w, height: 14, rx: 3 },
        s('title', {}, `Prednisolone ${dose.prednisolone_mg_per_day} mg/day, ${dose.from_date} to ${dose.to_date || 'ongoing'}`)),
      w > 40 ? s('text', { x: x1 + 4, y: laneY(1) + 4, class: 'bar-label' }, `${dose.prednisolone_mg_per_day}`) : null));
  }
  for (const course of page.courses) {
    const end = addDays(course.start_date, (regimenDays || 1) - 1);
    svg.append(s('rect', { x: x(course.start_date) - 2, y: laneY(2) - 11, width: Math.max(6, x(end) - x(course.start_date) + 4),
      height: 22, rx: 4, class: 'tl-course' }, s('title', {}, `Course ${course.course} from ${course.start_date}`)));
  }
  for (const e of events) {
    const i = laneOf[e.kind];
    if (i === undefined || e.kind === 'steroid' || e.kind === 'course') continue;
    const cx = x(e.date);
    const cy = laneY(i);
    const title = s('title', {}, `${e.date}: ${e.label}`);
    let mark;
    if (e.kind === 'visit') mark = s('path', { d: `M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`, class: 'tl-visit' }, title);
    else if (e.kind === 'adverse_event') mark = s('path', { d: `M${cx},${cy - 8}L${cx + 8},${cy + 7}L${cx - 8},${cy + 7}Z`, class: 'tl-ae' }, title);
    else if (e.kind === 'infusion') mark = s('circle', { cx, cy, r: 3.5, class: 'tl-infusion' }, title);
    else mark = s('circle', { cx, cy, r: 6, class: `tl-${e.kind}` }, title);
    svg.append(mark);
  }
  return svg;
}

const KIND_LABEL = {
  enrolment: 'Enrolment', randomisation: 'Randomisation', steroid: 'Prednisolone', course: 'Course', infusion: 'Infusion',
  visit: 'Visit', adverse_event: 'Adverse event', withdrawal: 'Withdrawal',
};

export function timelineList(page) {
  const events = page.timeline || [];
  return h('details', { class: 'timeline-list' },
    h('summary', `All ${events.length} events in date order`),
    h('ol', { class: 'events' }, events.map((e) => h('li', { class: `event event-${e.kind}` },
      h('time', { datetime: e.date }, e.date), h('span', { class: 'event-kind' }, KIND_LABEL[e.kind] || e.kind),
      e.link ? h('a', { href: e.link, 'data-entity': e.entity }, e.label) : h('span', e.label)))));
}
