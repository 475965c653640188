// The record tables of the patient page: visits with their assessments, courses with their
// infusions, adverse events, screening conditions and prednisolone doses, and the patient's
// queries; each row with the actions the role has (edit, history, raise a query).

import { patientPath, KIND_ENTITY } from '../api.js';
import { h, table, section, pill, show, words } from '../dom.js';
import { editRecordDialog, recordName } from '../records.js';
import { raiseQueryDialog, queryActions, queryDetails, queryStatus, queryRecord } from '../query_dialogs.js';
import { screeningConditions } from './screening_form.js';

// Edit / History / Query buttons for one record. `editHref` replaces the edit dialog.
export function rowActions(ctx, page, kind, record, { editHref, noEdit } = {}) {
  const pid = page.patient.patient_id;
  const entity = KIND_ENTITY[kind] || kind;
  const label = recordName(kind, record);
  const out = [];
  if (ctx.role === 'investigator' && page.can_edit && !noEdit) {
    out.push(editHref
      ? h('a', { class: 'btn btn-small btn-secondary', href: editHref, 'aria-label': `Edit ${label}` }, 'Edit')
      : h('button', { type: 'button', class: 'btn btn-small btn-secondary', 'aria-label': `Edit ${label}`,
        onclick: () => editRecordDialog({ patientId: pid, kind, record, study: ctx.state.study }) }, 'Edit'));
  }
  if (ctx.role === 'investigator' || ctx.role === 'monitor') {
    out.push(h('a', { class: 'btn btn-small btn-quiet', href: `${patientPath(pid)}/audit?entity=${entity}&id=${record.id}`,
      'aria-label': `History of ${label}` }, 'History'));
  }
  if (ctx.role === 'monitor') {
    out.push(h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': `Raise a query about ${label}`,
      onclick: () => raiseQueryDialog({ patientId: pid, entity, record, label }) }, 'Query'));
  }
  return h('div', { class: 'row-actions' }, out);
}

// A column heading for a measure of /study `measures`: "CK (IU/l)", "MMT score".
function measureHeading(m) {
  return m.unit && m.unit !== 'points' && m.unit !== 'score' ? `${m.label} (${m.unit})` : m.label;
}

export function visitsSection(ctx, page) {
  const study = ctx.state.study;
  const byWeek = Object.fromEntries(page.assessments.map((a) => [a.week, a]));
  const used = new Set(study.instruments.map((i) => i.field));
  for (const a of page.assessments) for (const m of study.measures) if (a[m.field] !== null && a[m.field] !== undefined) used.add(m.field);
  const columns = [
    { label: 'Week', cell: (v) => h('strong', String(v.week)) },
    { label: 'Date', cell: (v) => v.date },
    ...study.measures.filter((m) => used.has(m.field)).map((m) => [m.field, measureHeading(m)]).map(([f, label]) => ({
      label, class: 'num',
      cell: (v) => {
        const a = byWeek[v.week];
        if (!a) return '–';
        if (f === 'ck_iu_per_l' && a.ck_iu_per_l !== null && a.ck_uln_iu_per_l) {
          return h('span', show(a.ck_iu_per_l), h('span', { class: 'small muted' }, ` (ULN ${a.ck_uln_iu_per_l})`));
        }
        return show(a[f]);
      },
    })),
    { label: 'Physician', cell: (v) => words(byWeek[v.week] ? byWeek[v.week].physician_global : null) },
    { label: 'Actions', cell: (v) => {
      const a = byWeek[v.week];
      const actions = rowActions(ctx, page, 'visits', v, { editHref: `${patientPath(page.patient.patient_id)}/visits/${v.id}` });
      if (a && (ctx.role === 'investigator' || ctx.role === 'monitor')) {
        const more = rowActions(ctx, page, 'assessments', a, { noEdit: true });
        for (const el of more.children) {
          el.textContent = el.textContent === 'History' ? 'Values history' : el.textContent === 'Query' ? 'Query values' : el.textContent;
        }
        actions.append(...more.children);
      }
      return actions;
    } },
  ];
  const visits = [...page.visits].sort((a, b) => a.week - b.week);
  return h('section', { class: 'card', id: 'visits', 'aria-labelledby': 'h-visits' },
    h('div', { class: 'card-head' }, h('h2', { id: 'h-visits' }, 'Visits and assessments'),
      ctx.role === 'investigator' && page.can_edit
        ? h('a', { class: 'btn btn-primary btn-small', href: `${patientPath(page.patient.patient_id)}/visits/new` }, 'Record a visit') : null),
    table(columns, visits, { empty: 'No visit recorded yet.', class: 'visits-table' }));
}

export function coursesSection(ctx, page) {
  const pid = page.patient.patient_id;
  const last = page.courses.length;
  const courses = page.courses.map((c) => h('details', { class: 'course-block', open: c.course === last || last <= 2 },
    h('summary', { class: 'course-summary' }, h('span', { class: 'strong' }, `Course ${c.course}`),
      h('span', { class: 'muted' }, ` · from ${c.start_date} · ${(c.infusions || []).length} of ${ctx.state.study.regimen.days} days recorded · ${(c.infusions || []).reduce((a, i) => a + (i.dose_g || 0), 0).toFixed(1)} g given`),
      c.blinded ? [' ', pill('Masked study drug', 'info')] : null),
    h('div', { class: 'course-head' },
      h('span', { class: 'muted' }, `${c.product} · ${c.dose_g_per_kg_per_day} g/kg/day · dosing weight ${c.dosing_weight_kg} kg (${words(c.weight_policy)}) · from ${c.start_date}`),
      h('a', { class: 'btn btn-small btn-secondary', href: `${patientPath(pid)}/courses/${c.course}` },
        ctx.role === 'investigator' && page.can_edit ? 'Infusion log' : 'Infusions'),
      h('a', { class: 'btn btn-small btn-quiet', href: `${patientPath(pid)}/courses/${c.course}#confirmed-plan`,
        'aria-label': `Confirmed plan of course ${c.course}` }, 'Confirmed plan'),
      rowActions(ctx, page, 'courses', c)),
    table([
      { label: 'Day', cell: (i) => i.day },
      { label: 'Date', cell: (i) => i.date },
      { label: 'Dose (g)', class: 'num', cell: (i) => show(i.dose_g) },
      { label: 'Volume (mL)', class: 'num', cell: (i) => show(i.volume_ml) },
      { label: 'Start', cell: (i) => show(i.start_time) },
      { label: 'End', cell: (i) => show(i.end_time) },
      { label: 'Actions', cell: (i) => rowActions(ctx, page, 'infusions', i) },
    ], c.infusions || [], { empty: 'No infusion recorded yet.' })));
  return h('section', { class: 'card', id: 'courses', 'aria-labelledby': 'h-courses' },
    h('div', { class: 'card-head' }, h('h2', { id: 'h-courses' }, 'Courses and infusions'),
      ctx.role === 'investigator' && page.can_edit && page.courses.length < ctx.state.study.regimen.max_courses
        ? h('a', { class: 'btn btn-primary btn-small', href: `${patientPath(pid)}/courses/new` }, 'Plan a course') : null),
    courses.length ? courses : h('p', { class: 'muted' }, 'No course planned yet.'));
}

export function adverseEventsSection(ctx, page) {
  const pid = page.patient.patient_id;
  return h('section', { class: 'card', id: 'adverse-events', 'aria-labelledby': 'h-aes' },
    h('div', { class: 'card-head' }, h('h2', { id: 'h-aes' }, 'Adverse events'),
      ctx.role === 'investigator' && page.can_edit && page.courses.length
        ? h('a', { class: 'btn btn-primary btn-small', href: `${patientPath(pid)}/adverse-events/new` }, 'Report an adverse event') : null),
    table([
      { label: 'Onset', cell: (e) => e.onset_date },
      { label: 'End', cell: (e) => show(e.end_date) },
      { label: 'Event', cell: (e) => h('strong', e.term) },
      { label: 'Course', cell: (e) => e.course },
      { label: 'Serious', cell: (e) => (e.serious ? pill('serious', 'bad') : 'no') },
      { label: 'Severity', cell: (e) => words(e.severity) },
      { label: 'Relatedness', cell: (e) => words(e.relatedness) },
      { label: 'Outcome', cell: (e) => words(e.outcome) },
      { label: 'Actions', cell: (e) => rowActions(ctx, page, 'adverse-events', e, { editHref: `${patientPath(pid)}/adverse-events/${e.id}` }) },
    ], page.adverse_events, { empty: 'No adverse event recorded.' }));
}

export function screeningSection(ctx, page) {
  const study = ctx.state.study;
  const known = Object.fromEntries(screeningConditions(study).map((c) => [c.code, c]));
  const criteria = new Set(Object.values(known).filter((c) => c.kind === 'criterion').map((c) => c.code));
  const labels = Object.fromEntries(Object.values(known).map((c) => [c.code, c.label]));
  return h('section', { class: 'card', id: 'screening', 'aria-labelledby': 'h-screening' },
    h('h2', { id: 'h-screening' }, 'Screening records'),
    h('div', { class: 'grid-2 tight' },
      h('div', h('h3', 'Exclusions and criteria'), table([
        { label: 'Condition', cell: (c) => labels[c.condition] || words(c.condition) },
        { label: 'Present', cell: (c) => (criteria.has(c.condition)
          ? (c.present ? pill('met', 'good') : pill('not met', 'muted'))
          : (c.present ? pill('present', 'bad') : pill('absent', 'good'))) },
        { label: 'Date', cell: (c) => show(c.date) },
        { label: 'Note', cell: (c) => show(c.note) },
        { label: 'Actions', cell: (c) => rowActions(ctx, page, 'conditions', c) },
      ], page.conditions, { empty: 'No screening condition recorded.' })),
      h('div', h('h3', 'Prednisolone'), table([
        { label: 'mg/day', class: 'num', cell: (d) => d.prednisolone_mg_per_day },
        { label: 'From', cell: (d) => d.from_date },
        { label: 'To', cell: (d) => show(d.to_date) },
        { label: 'Actions', cell: (d) => rowActions(ctx, page, 'steroid-doses', d) },
      ], page.steroid_doses, { empty: 'No prednisolone dose recorded.' }))));
}

export function queriesSection(ctx, page) {
  return h('section', { class: 'card', id: 'queries', 'aria-labelledby': 'h-queries' },
    h('h2', { id: 'h-queries' }, `Queries (${page.queries.filter((q) => q.status !== 'closed').length} not closed)`),
    table([
      { label: '#', cell: (q) => q.id },
      { label: 'Record', cell: (q) => queryRecord(q) },
      { label: 'Query and answer', cell: (q) => queryDetails(q) },
      { label: 'Status', cell: (q) => queryStatus(q) },
      { label: 'Actions', cell: (q) => h('div', { class: 'row-actions' }, queryActions(q, ctx.role)) },
    ], page.queries, { empty: 'No query about this patient.' }));
}
