// Infusion log of one course: a row per day of the regimen. Recorded days show what was
// given (edits ask for a reason); the others are a small form prefilled from the plan
// (date = start + day - 1, the daily dose and volume) to complete with the times and save
// (POST .../infusions). Below, the plan confirmed with the course, read-only, as stored by
// the server (GET .../courses/{n}/plan); courses loaded from a bundle have none.

import { api, patientPath } from '../api.js';
import { h, addDays, show, toast, put } from '../dom.js';
import { field, readFields, showSaveError, clearErrors, busy } from '../forms.js';
import { reload } from '../router.js';
import { planCache, confirmedPlanView, maskedNotice } from './plan_view.js';
import { rowActions } from './patient_records.js';

function dayForm(ctx, page, course, day, plannedDay) {
  const pid = page.patient.patient_id;
  const dose = plannedDay ? plannedDay.dose_g : Math.round(course.dosing_weight_kg * course.dose_g_per_kg_per_day * 10) / 10;
  const specs = [
    { name: 'date', label: 'Date', type: 'date', value: addDays(course.start_date, day - 1), required: true },
    { name: 'dose_g', label: 'Dose given', type: 'number', unit: 'g', value: dose, required: true },
    { name: 'volume_ml', label: 'Volume', type: 'number', unit: 'mL', value: plannedDay ? plannedDay.volume_ml : '' },
    { name: 'start_time', label: 'Start', type: 'time' },
    { name: 'end_time', label: 'End', type: 'time' },
  ];
  const save = h('button', { type: 'submit', class: 'btn btn-primary btn-small' }, `Record day ${day}`);
  const form = h('form', { class: 'day-form', novalidate: true, 'aria-label': `Day ${day} of course ${course.course}`, 'data-day': day },
    h('div', { class: 'form-row' }, specs.map((spec) => field({ ...spec, label: `${spec.label}`, class: 'field-compact' })), h('div', { class: 'field field-compact' }, save)));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = busy(save, 'Saving…');
    const values = readFields(form);
    for (const key of Object.keys(values)) if (values[key] === null) delete values[key];
    try {
      await api.post(`${patientPath(pid)}/infusions`, { course: course.course, day, ...values });
      clearErrors(form);
      toast(`Course ${course.course} day ${day} recorded.`);
      reload();
    } catch (error) {
      done();
      showSaveError(form, error);
    }
  });
  return form;
}

export async function render(ctx) {
  const { main, params, state, isCurrent } = ctx;
  const page = await api.get(patientPath(params.patient));
  if (!isCurrent()) return;
  const pid = page.patient.patient_id;
  const number = Number(params.course);
  const course = page.courses.find((c) => c.course === number);
  if (!course) {
    put(main, h('h1', 'No such course'), h('p', `${pid} has no course ${params.course}. `, h('a', { href: patientPath(pid) }, 'Back to the patient')));
    return;
  }
  const study = state.study;
  const stored = await confirmedPlan(pid, number);
  if (!isCurrent()) return;
  const cached = stored.plan || planCache.get(`${pid}/${number}`);
  const planned = cached ? Object.fromEntries(cached.infusion_days.map((d) => [d.day, d])) : {};
  const byDay = Object.fromEntries((course.infusions || []).map((i) => [i.day, i]));
  const editable = ctx.role === 'investigator' && page.can_edit;
  const rows = [];
  for (let day = 1; day <= study.regimen.days; day += 1) {
    const given = byDay[day];
    rows.push(h('li', { class: `day ${given ? 'day-done' : 'day-open'}` },
      h('div', { class: 'day-head' }, h('span', { class: 'day-no' }, `Day ${day}`),
        h('span', { class: 'muted' }, addDays(course.start_date, day - 1))),
      given
        ? h('div', { class: 'day-given' },
          h('span', h('strong', `${show(given.dose_g)} g`), ` · ${show(given.volume_ml, 'mL')} · ${show(given.start_time)}–${show(given.end_time)}`),
          rowActions(ctx, page, 'infusions', given))
        : editable ? dayForm(ctx, page, course, day, planned[day]) : h('p', { class: 'muted' }, 'Not recorded.')));
  }
  const recorded = Object.keys(byDay).length;
  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / ', h('a', { href: patientPath(pid) }, pid), ' / '),
        h('h1', `Course ${number}: infusion log`),
        h('p', { class: 'muted' }, `${course.product}, ${course.dose_g_per_kg_per_day} g/kg/day, dosing weight ${course.dosing_weight_kg} kg, from ${course.start_date}. ${recorded} of ${study.regimen.days} days recorded.`)),
      h('div', { class: 'head-actions' }, h('a', { class: 'btn btn-secondary', href: patientPath(pid) }, 'Back to the patient'))),
    course.blinded ? maskedNotice() : null,
    h('section', { class: 'card', 'aria-labelledby': 'h-days' }, h('h2', { id: 'h-days' }, 'Days'),
      h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': study.regimen.days, 'aria-valuenow': recorded,
        'aria-label': 'Days recorded' }, h('span', { style: { width: `${(100 * recorded) / study.regimen.days}%` } })),
      h('ol', { class: 'days' }, rows)),
    planSection(stored, study));
}

// The stored plan of the course: {plan} or {missing: the server's reason}.
async function confirmedPlan(pid, number) {
  try {
    return { plan: await api.get(`${patientPath(pid)}/courses/${number}/plan`) };
  } catch (error) {
    if (error.status === 401) throw error;
    return { missing: error.message };
  }
}

function planSection(stored, study) {
  const labels = Object.fromEntries((study.codes.risk_factors || []).map((r) => [r.code, r.label]));
  return h('section', { class: 'card', id: 'confirmed-plan', 'aria-labelledby': 'h-confirmed-plan' },
    h('h2', { id: 'h-confirmed-plan' }, 'The confirmed plan'),
    stored.plan ? confirmedPlanView(stored.plan, labels) : h('p', { class: 'muted' }, stored.missing));
}
