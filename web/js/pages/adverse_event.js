// Adverse-event form: report one (POST .../adverse-events) or edit a saved one (PATCH with
// its version and a reason). The event follows a course, which must exist.

import { api, patientPath } from '../api.js';
import { h, todayIso, toast, words, put } from '../dom.js';
import { field, readFields, showSaveError, askReason, changedFields, busy, labelFor } from '../forms.js';
import { navigate, reload } from '../router.js';

export async function render({ main, params, state, isCurrent }) {
  const study = state.study;
  const page = await api.get(patientPath(params.patient));
  if (!isCurrent()) return;
  const pid = page.patient.patient_id;
  const editing = params.event !== undefined;
  const event = editing ? page.adverse_events.find((e) => String(e.id) === params.event) : null;
  if (editing && !event) throw Object.assign(new Error(`${pid} has no adverse event ${params.event}`), { status: 404 });
  const e = event || {};
  const codes = study.codes;
  const opts = (list) => list.map((c) => [c, words(c)]);
  const lastCourse = page.courses[page.courses.length - 1];

  const fields = [
    field({ name: 'course', label: 'After course', type: 'select', required: true, disabled: editing,
      value: String(e.course ?? (lastCourse ? lastCourse.course : '')),
      options: page.courses.map((c) => [String(c.course), `course ${c.course} (from ${c.start_date})`]), hint: 'The course the event follows.' }),
    field({ name: 'term', label: 'Event', required: true, value: e.term ?? '', hint: 'A medical term, e.g. “headache”, “raised BUN”.', class: 'span-2' }),
    field({ name: 'onset_date', label: 'Onset date', type: 'date', required: true, value: e.onset_date ?? todayIso() }),
    field({ name: 'end_date', label: 'End date', type: 'date', value: e.end_date ?? '', hint: 'Empty while ongoing.' }),
    field({ name: 'serious', label: 'Serious', type: 'bool', required: true, value: e.serious === undefined ? '' : String(e.serious),
      yes: 'yes', no: 'no', hint: 'Death, life-threatening, hospitalisation, disability or a congenital anomaly; report to the sponsor within 24 hours.' }),
    field({ name: 'severity', label: 'Severity', type: 'select', required: true, value: e.severity ?? '', options: opts(codes.severity) }),
    field({ name: 'relatedness', label: 'Relatedness to IVIG', type: 'select', required: true, value: e.relatedness ?? '', options: opts(codes.relatedness) }),
    field({ name: 'outcome', label: 'Outcome', type: 'select', required: true, value: e.outcome ?? '', options: opts(codes.outcome) }),
  ];
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'ae-submit' }, editing ? 'Save changes' : 'Report the event');
  const form = h('form', { class: 'card ae-form', novalidate: true },
    h('div', { class: 'form-grid' }, fields),
    h('div', { class: 'form-actions' }, submit, h('a', { class: 'btn btn-quiet', href: patientPath(pid) }, 'Cancel')));

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const values = readFields(form);
    if (values.course !== null && values.course !== undefined) values.course = Number(values.course);
    const done = busy(submit, 'Saving…');
    try {
      if (!editing) {
        const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
        await api.post(`${patientPath(pid)}/adverse-events`, body);
        toast('Adverse event reported.');
      } else {
        delete values.course;
        const changes = changedFields(event, values);
        if (Object.keys(changes).length === 0) {
          done();
          showSaveError(form, new Error('Nothing has changed: change a value, or cancel.'));
          return;
        }
        const reason = await askReason(Object.entries(changes).map(([k, v]) => ({ label: labelFor(form, k), old: event[k], new: v })));
        if (!reason) { done(); return; }
        await api.patch(`${patientPath(pid)}/adverse-events/${event.id}`, { ...changes, version: event.version, reason });
        toast('Adverse event updated.');
      }
      navigate(`${patientPath(pid)}#adverse-events`);
    } catch (error) {
      done();
      if (!error.status) throw error;
      showSaveError(form, error, { onReload: () => reload() });
    }
  });

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / ', h('a', { href: patientPath(pid) }, pid), ' / '),
        h('h1', editing ? `Edit adverse event of ${pid}` : `Report an adverse event for ${pid}`),
        editing ? h('p', { class: 'muted' }, `Saved version ${event.version}. Every change asks for a reason.`) : null)),
    page.courses.length ? form : h('div', { class: 'alert alert-info' }, 'An adverse event follows a course: plan a course first.'));
  const first = form.querySelector('input, select:not([disabled])');
  if (first) first.focus();
}
