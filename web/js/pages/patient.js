// The patient page (GET /api/v1/patients/{patient}): who the patient is, eligibility rule
// by rule, visits due and data findings, outcome plots, the timeline and every record with
// the actions the role may take.

import { api, patientPath, query as qs } from '../api.js';
import { h, pill, show, words, toast, section, put } from '../dom.js';
import { formDialog, field } from '../forms.js';
import { reload } from '../router.js';
import { editRecordDialog } from '../records.js';
import { outcomePlots } from './patient_plots.js';
import { timelineChart, timelineList } from './timeline.js';
import { visitsSection, coursesSection, adverseEventsSection, screeningSection, queriesSection } from './patient_records.js';

const STATUS_KIND = { enrolled: 'info', randomised: 'info', treated: 'good', withdrawn: 'muted' };
const RULE_KIND = { met: 'good', not_met: 'bad', unknown: 'warn' };
const VERDICT_KIND = { eligible: 'good', ineligible: 'bad', undetermined: 'warn' };

export function rulesList(rules) {
  return h('ul', { class: 'rules' }, rules.map((r) => h('li', { class: `rule rule-${r.status}`, 'data-rule': r.id },
    h('span', { class: 'rule-mark', 'aria-hidden': 'true' }, r.status === 'met' ? '✓' : r.status === 'not_met' ? '✗' : '?'),
    h('div', { class: 'rule-body' },
      h('div', { class: 'rule-label' }, r.label, ' ', pill(words(r.status), RULE_KIND[r.status])),
      h('div', { class: 'rule-facts' }, r.facts)))));
}

export function verdictPill(verdict) {
  return verdict ? pill(verdict, VERDICT_KIND[verdict]) : pill('not evaluated', 'muted');
}

async function randomiseDialog(page) {
  const date = field({ name: 'randomised_on', label: 'Randomisation date', type: 'date', required: true,
    value: new Date().toISOString().slice(0, 10) });
  const done = await formDialog({
    title: `Randomise ${page.patient.patient_id}`,
    intro: h('p', 'Takes the next slot of the concealed allocation list of the patient’s stratum. This cannot be undone.'),
    fields: [date],
    submitLabel: 'Randomise',
    onSubmit: async () => (await api.post(`${patientPath(page.patient.patient_id)}/randomise`, { randomised_on: date.input.value })).allocation,
  });
  if (done) {
    toast(`Randomised on ${done.randomised_on}${done.arm ? `: ${done.arm}` : ' (arm concealed)'}.`);
    reload();
  }
}

function header(ctx, page) {
  const p = page.patient;
  const study = ctx.state.study;
  const pid = p.patient_id;
  const inv = ctx.role === 'investigator' && page.can_edit;
  const actions = [];
  if (inv) {
    actions.push(h('a', { class: 'btn btn-primary', href: `${patientPath(pid)}/visits/new` }, 'Record a visit'));
    if (page.courses.length < study.regimen.max_courses) actions.push(h('a', { class: 'btn btn-secondary', href: `${patientPath(pid)}/courses/new` }, 'Plan a course'));
    if (page.courses.length) actions.push(h('a', { class: 'btn btn-secondary', href: `${patientPath(pid)}/adverse-events/new` }, 'Adverse event'));
    if (study.design.kind === 'randomised' && !page.allocation) {
      actions.push(h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => randomiseDialog(page) }, 'Randomise'));
    }
    actions.push(h('button', { type: 'button', class: 'btn btn-quiet', id: 'edit-patient',
      onclick: () => editRecordDialog({ patientId: pid, kind: 'patient', record: p, study }) }, 'Edit patient'));
  }
  if (ctx.role === 'investigator' || ctx.role === 'monitor') {
    actions.push(h('a', { class: 'btn btn-quiet', href: `${patientPath(pid)}/audit` }, 'Audit trail'));
  }
  const allocation = page.allocation;
  const facts = [
    ['Site', p.site], ['Sex', p.sex], ['Born', p.birth_year], ['Diagnosis', p.diagnosis],
    ['Biopsy', p.biopsy_proven ? `proven ${show(p.biopsy_date)}` : 'not proven'], ['Height', show(p.height_cm, 'cm')],
    ['Enrolled', p.enrolment_date],
  ];
  if (allocation) facts.push(['Arm', allocation.blinded || !allocation.arm ? 'blinded' : allocation.arm], ['Randomised', allocation.randomised_on]);
  if (p.withdrawal_date) facts.push(['Withdrawn', `${p.withdrawal_date}${p.withdrawal_reason ? `: ${p.withdrawal_reason}` : ''}`]);
  return h('div', { class: 'page-head patient-head' },
    h('div',
      h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / '),
      h('h1', pid, ' ', pill(page.status, STATUS_KIND[page.status])),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', h('dt', k), h('dd', String(v)))))),
    h('div', { class: 'head-actions' }, actions));
}

function eligibilityCard(page) {
  const e = page.eligibility;
  return h('section', { class: 'card', id: 'eligibility', 'aria-labelledby': 'h-elig' },
    h('div', { class: 'card-head' }, h('h2', { id: 'h-elig' }, 'Eligibility'), verdictPill(e && e.verdict)),
    e && e.rules.length ? h('details', { class: 'rules-details', open: e.verdict !== 'eligible' },
      h('summary', `${e.rules.filter((r) => r.status === 'met').length} of ${e.rules.length} rules met`), rulesList(e.rules))
      : h('p', { class: 'muted' }, 'Not evaluated.'));
}

function dueCard(page) {
  const due = page.visits_due || [];
  const findings = page.findings || [];
  return h('section', { class: 'card', id: 'due', 'aria-labelledby': 'h-due' },
    h('h2', { id: 'h-due' }, 'Visits due and data findings'),
    due.length ? h('ul', { class: 'plain-list' }, due.map((v) => h('li',
      v.overdue ? pill('overdue', 'bad') : pill('due', 'warn'), ` week ${v.week}: target ${v.target}, window ${v.earliest} to ${v.latest}`)))
      : h('p', { class: 'muted' }, `No visit due on ${page.as_of}.`),
    findings.length ? h('ul', { class: 'plain-list findings' }, findings.map((f) => h('li',
      pill('finding', 'warn'), ` ${words(f.entity)} ${f.record}${f.field ? ` · ${f.field}` : ''}: ${f.rule}`)))
      : h('p', { class: 'muted' }, 'No data finding.'));
}

export async function render(ctx) {
  const { main, params, query, isCurrent } = ctx;
  const page = await api.get(`${patientPath(params.patient)}${qs({ as_of: query.get('as_of') || '' })}`);
  if (!isCurrent()) return;
  const study = ctx.state.study;
  put(main, 
    header(ctx, page),
    h('div', { class: 'grid-2 align-top' }, eligibilityCard(page), dueCard(page)),
    h('section', { class: 'card', id: 'outcomes', 'aria-labelledby': 'h-outcomes' },
      h('h2', { id: 'h-outcomes' }, 'Outcomes over time'),
      h('p', { class: 'muted small' }, 'By visit week; vertical lines mark the start of each course. Hover a point for its value.'),
      outcomePlots(page, study)),
    section('Timeline', h('div', { class: 'chart-scroll' }, timelineChart(page, study.regimen.days)),
      h('p', { class: 'legend-line small muted' },
        h('span', { class: 'key key-visit' }), 'visit ', h('span', { class: 'key key-course' }), 'course ',
        h('span', { class: 'key key-infusion' }), 'infusion ', h('span', { class: 'key key-steroid' }), 'prednisolone (mg/day) ',
        h('span', { class: 'key key-ae' }), 'adverse event'),
      timelineList(page)),
    visitsSection(ctx, page),
    coursesSection(ctx, page),
    adverseEventsSection(ctx, page),
    screeningSection(ctx, page),
    queriesSection(ctx, page));
}
