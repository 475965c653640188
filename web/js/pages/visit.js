// Visit form, new (POST .../visits with its assessment) or an edit of a saved visit (PATCH of
// the visit and the assessment with the versions read and a reason). Fields follow the
// protocol's instruments; the measures the schedule requires at the chosen week are marked.
// A refused save keeps what was typed and shows each message at its field.

import { api, patientPath } from '../api.js';
import { h, todayIso, toast, put } from '../dom.js';
import { field, readFields, showSaveError, askReason, changedFields, busy, labelFor } from '../forms.js';
import { navigate, reload } from '../router.js';
import { vasField, ckFields, mmt8Grid } from './visit_fields.js';
import { saveGrid } from './visit_save.js';

// One input per measure (`measure` of /study `measures`): the protocol's range from its
// instrument when the protocol has one.
function measureField(measure, study, a) {
  const name = measure.field;
  const inst = study.instruments.find((i) => i.field === name);
  const { label, unit } = inst || measure;
  const range = inst ? `${inst.min}–${inst.max}${inst.unit && inst.unit !== 'points' && inst.unit !== 'score' ? ` ${inst.unit}` : ''}` : '';
  const spec = { name, label, value: a[name] ?? '', unit: unit === 'score' ? '' : unit, hint: range ? `Protocol range ${range}.` : null };
  if (unit === 'cm') return vasField({ ...spec, hint: `0 = none, 10 = worst; one decimal.${range ? ` Range ${range}.` : ''}` });
  if (name === 'ck_iu_per_l') return ckFields(a, label);
  if (name === 'haq_di') return field({ ...spec, type: 'number', hint: 'HAQ Disability Index 0–3, e.g. 1.125 (or the exact fraction 10/7).' });
  return field({ ...spec, type: 'number', integer: unit === 'points' });
}

function markRequired(form, study, week) {
  const visit = study.schedule.find((v) => v.week === Number(week));
  const required = new Set(visit ? visit.required : []);
  for (const wrap of form.querySelectorAll('.field')) {
    const input = wrap.querySelector('[data-field]');
    const badge = wrap.querySelector('.due-badge');
    if (badge) badge.remove();
    if (input && required.has(input.dataset.field)) {
      wrap.querySelector('label').after(h('span', { class: 'due-badge' }, 'required at this visit'));
    }
  }
}

export async function render(ctx) {
  const { main, params, state, isCurrent } = ctx;
  const study = state.study;
  const page = await api.get(patientPath(params.patient));
  if (!isCurrent()) return;
  const pid = page.patient.patient_id;
  const editing = params.visit !== undefined;
  let visit = editing ? page.visits.find((v) => String(v.id) === params.visit) : null;
  if (editing && !visit) throw Object.assign(new Error(`${pid} has no visit ${params.visit}`), { status: 404 });
  let assessment = visit ? page.assessments.find((a) => a.week === visit.week) || null : null;
  const grades = visit ? page.muscle_grades.filter((g) => g.week === visit.week) : [];
  const a = assessment || {};

  const recorded = new Set(page.visits.map((v) => v.week));
  const openWeeks = study.schedule.map((v) => v.week).filter((w) => !recorded.has(w));
  if (!editing && openWeeks.length === 0) {
    put(main, h('div', { class: 'page-head' }, h('div', h('h1', `Record a visit for ${pid}`))),
      h('div', { class: 'alert alert-info', role: 'status' }, 'Every visit of the schedule is recorded for this patient. ',
        'To correct one, use Edit in the visit table of the ', h('a', { href: `${patientPath(pid)}#visits` }, 'patient page'), '.'));
    return;
  }
  const week = editing
    ? field({ name: 'week', label: 'Scheduled visit', type: 'select', options: [[String(visit.week), `week ${visit.week}`]], value: String(visit.week), disabled: true })
    : field({ name: 'week', label: 'Scheduled visit', type: 'select', required: true, value: String(openWeeks[0] ?? ''),
      options: openWeeks.map((w) => [String(w), `week ${w}`]), hint: openWeeks.length ? 'Weeks of the schedule not yet recorded.' : 'Every scheduled visit is recorded.' });
  const date = field({ name: 'date', label: 'Visit date', type: 'date', required: true, value: visit ? visit.date : todayIso() });

  // The protocol's instruments in its order, then measures recorded anyway; the rest apart.
  const byField = Object.fromEntries(study.measures.map((m) => [m.field, m]));
  const used = new Set(study.instruments.map((i) => i.field));
  for (const m of study.measures) if (a[m.field] !== null && a[m.field] !== undefined) used.add(m.field);
  const main_fields = [...used].filter((f) => byField[f]).map((f) => measureField(byField[f], study, a));
  const other = study.measures.filter((m) => !used.has(m.field)).map((m) => measureField(m, study, a));
  const physician = field({ name: 'physician_global', label: 'Physician’s assessment', type: 'select', value: a.physician_global ?? '', blank: true,
    options: [['', 'not assessed'], ...study.codes.physician_global.map((c) => [c, c])], hint: 'Change since baseline; leave empty at baseline.' });
  const hasMmt8 = used.has('mmt8') || grades.length > 0;
  const grid = hasMmt8 ? mmt8Grid(study.mmt8, grades, (sum) => {
    const total = form.querySelector('[data-field=mmt8]');
    if (total && total.value !== String(sum)) { total.value = String(sum); total.dispatchEvent(new Event('input', { bubbles: true })); }
  }) : null;

  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'visit-submit' }, editing ? 'Save changes' : 'Save the visit');
  const form = h('form', { class: 'visit-form', novalidate: true },
    h('fieldset', { class: 'card' }, h('legend', 'Visit'), h('div', { class: 'form-grid' }, week, date)),
    h('fieldset', { class: 'card assessment-fields' }, h('legend', 'Assessment'),
      h('div', { class: 'form-grid measures' }, main_fields, physician),
      grid ? h('details', { class: 'grid-details', open: grades.length > 0 }, h('summary', 'MMT-8 grid by muscle group'), grid) : null,
      other.length ? h('details', { class: 'other-measures', open: false }, h('summary', 'Other measures (not in this protocol’s instruments)'),
        h('div', { class: 'form-grid measures' }, other)) : null),
    h('div', { class: 'form-actions' }, submit, h('a', { class: 'btn btn-quiet', href: patientPath(pid) }, 'Cancel')));
  week.input.addEventListener('change', () => markRequired(form, study, week.input.value));
  markRequired(form, study, week.input.value);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = readFields(form.querySelector('.assessment-fields'));
    const visitValues = readFields(form.querySelector('fieldset'));
    const done = busy(submit, 'Saving…');
    try {
      if (!editing) {
        const body = { week: visitValues.week === null ? null : Number(visitValues.week), date: visitValues.date, assessment: {} };
        for (const [k, v] of Object.entries(values)) if (v !== null) body.assessment[k] = v;
        const saved = await api.post(`${patientPath(pid)}/visits`, body);
        visit = saved.records[0];
        if (grid && grid.entries().length) await saveGrid(pid, visit.week, grid, null);
        toast(`Visit week ${visit.week} saved.`);
        navigate(`${patientPath(pid)}#outcomes`);
        return;
      }
      const visitChanges = changedFields(visit, { date: visitValues.date });
      const changes = assessment ? changedFields(assessment, values) : Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
      const cellValue = (g) => (g.status === 'tested' ? g.grade : g.status.replace('_', ' '));
      const gridChanges = grid ? grid.entries().filter((e) => !e.saved || e.saved.status !== e.status || (e.saved.grade ?? null) !== e.grade) : [];
      const gridChanged = gridChanges.length > 0;
      const list = [
        ...Object.entries(visitChanges).map(([k, v]) => ({ label: labelFor(form, k), old: visit[k], new: v })),
        ...Object.entries(changes).map(([k, v]) => ({ label: labelFor(form, k), old: assessment ? assessment[k] : null, new: v })),
        ...gridChanges.map((e) => ({ label: `MMT-8 ${e.select.getAttribute('aria-label')}`, old: e.saved ? cellValue(e.saved) : null, new: cellValue(e) })),
      ];
      if (list.length === 0) {
        done();
        showSaveError(form, new Error('Nothing has changed: change a value, or cancel.'));
        return;
      }
      const reason = await askReason(list);
      if (!reason) { done(); return; }
      if (Object.keys(visitChanges).length) {
        visit = (await api.patch(`${patientPath(pid)}/visits/${visit.id}`, { ...visitChanges, version: visit.version, reason })).record;
      }
      if (Object.keys(changes).length) {
        if (assessment) {
          assessment = (await api.patch(`${patientPath(pid)}/assessments/${assessment.id}`, { ...changes, version: assessment.version, reason })).record;
        } else {
          assessment = (await api.post(`${patientPath(pid)}/assessments`, { week: visit.week, ...changes, reason })).records[0];
        }
      }
      if (gridChanged) await saveGrid(pid, visit.week, grid, reason);
      toast(`Visit week ${visit.week} updated.`);
      navigate(`${patientPath(pid)}#outcomes`);
    } catch (error) {
      done();
      if (!error.status) throw error;
      showSaveError(form, error, { strip: ['assessment.'], onReload: () => reload() });
    }
  });

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / ', h('a', { href: patientPath(pid) }, pid), ' / '),
        h('h1', editing ? `Edit visit week ${visit.week} of ${pid}` : `Record a visit for ${pid}`),
        h('p', { class: 'muted' }, editing
          ? `Saved version ${visit.version}${assessment ? ` (assessment version ${assessment.version})` : ''}. Every change asks for a reason and is kept in the audit trail.`
          : 'Values are checked against the protocol’s ranges when you save; nothing is saved while anything is invalid.'))),
    form);
  (editing ? date.input : week.input).focus();
}
