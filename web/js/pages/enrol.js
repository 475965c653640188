// Enrol a patient with the screening form: as data are entered the eligibility rules are
// evaluated on the server (POST /api/v1/screening/evaluate, saves nothing) and shown rule
// by rule; "Enrol" saves the patient with the screening records and visits in one request
// (POST /api/v1/patients): all or nothing.

import { api, ApiError, patientPath } from '../api.js';
import { h, clear, pill, toast, put } from '../dom.js';
import { showErrors, showSaveError, clearErrors, busy } from '../forms.js';
import { navigate } from '../router.js';
import { rulesList, verdictPill } from './patient.js';
import { patientFields, conditionRows, steroidRow, visitRow, screeningMeasures, payload } from './screening_form.js';

function resultPanel() {
  const panel = h('aside', { class: 'card eligibility-panel', 'aria-labelledby': 'h-result' },
    h('div', { class: 'card-head' }, h('h2', { id: 'h-result' }, 'Eligibility'), h('span', { class: 'verdict' })),
    h('div', { class: 'panel-body', 'aria-live': 'polite' },
      h('p', { class: 'muted' }, 'Enter the patient’s data: each rule of the protocol is checked as you type.')));
  panel.verdict = panel.querySelector('.verdict');
  panel.body = panel.querySelector('.panel-body');
  return panel;
}

function showResult(panel, result) {
  put(panel.verdict, verdictPill(result.verdict));
  panel.dataset.verdict = result.verdict || '';
  const body = clear(panel.body);
  if (!result.verdict) {
    body.append(h('p', 'The rules are evaluated once these are filled in:'),
      h('ul', { class: 'plain-list' }, result.errors.map((e) => h('li', e.message))));
    return;
  }
  const counts = ['met', 'not_met', 'unknown'].map((st) => result.rules.filter((r) => r.status === st).length);
  body.append(h('p', { class: 'small' }, `${counts[0]} met · ${counts[1]} not met · ${counts[2]} unknown (data missing)`), rulesList(result.rules));
  if (result.errors.length) {
    body.append(h('div', { class: 'alert alert-warn' }, h('strong', 'Left out of the evaluation:'),
      h('ul', result.errors.map((e) => h('li', e.message)))));
  }
}

export async function render({ main, state }) {
  const study = state.study;
  const panel = resultPanel();
  const conditions = conditionRows(study);
  const steroidBody = h('tbody', steroidRow(1));
  const measures = screeningMeasures(study);
  const visitBody = h('tbody');
  const weeks = study.schedule.map((v) => v.week).filter((w) => w <= 0);
  if (measures.length) for (const w of weeks) visitBody.append(visitRow(study, visitBody.children.length + 1, w));
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', id: 'enrol-submit' }, 'Enrol the patient');

  const form = h('form', { class: 'enrol-form', novalidate: true },
    h('fieldset', { class: 'card patient-fields' }, h('legend', 'Patient'),
      h('div', { class: 'form-grid' }, patientFields(study, state.session))),
    h('fieldset', { class: 'card' }, h('legend', 'Exclusion criteria' + (study.eligibility.bohan_peter ? ' and Bohan and Peter criteria' : '')),
      h('p', { class: 'hint' }, 'Record each as absent or present; a date where the protocol counts weeks before enrolment.'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data-table conditions-table' },
        h('thead', h('tr', h('th', { scope: 'col' }, 'Condition'), h('th', { scope: 'col' }, 'At screening'), h('th', { scope: 'col' }, 'Date'))),
        h('tbody', conditions)))),
    h('fieldset', { class: 'card' }, h('legend', 'Prednisolone before enrolment'),
      study.eligibility.steroid_resistance ? h('p', { class: 'hint' }, `${study.eligibility.steroid_resistance.label}.`) : null,
      h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
        h('thead', h('tr', ['Dose', 'From', 'To (empty while ongoing)', ''].map((t) => h('th', { scope: 'col' }, t)))), steroidBody)),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: () => { steroidBody.append(steroidRow(steroidBody.children.length + 1)); steroidBody.lastChild.querySelector('input').focus(); } }, 'Add a period')),
    measures.length ? h('fieldset', { class: 'card' }, h('legend', 'Screening visits'),
      h('p', { class: 'hint' }, 'Saved as the patient’s first visits when the patient is enrolled.'),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data-table' },
        h('thead', h('tr', ['Week', 'Date', ...measures.map((m) => `${m.label} (${m.min}–${m.max})`), ''].map((t) => h('th', { scope: 'col' }, t)))), visitBody)),
      h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: () => visitBody.append(visitRow(study, visitBody.children.length + 1)) }, 'Add a visit')) : null,
    h('div', { class: 'form-actions' }, submit, h('a', { class: 'btn btn-quiet', href: '/patients' }, 'Cancel'),
      h('p', { class: 'hint' }, 'A patient who is not eligible can still be enrolled as a screening failure: the CONSORT flow counts them.')));

  const touched = new Set();
  form.addEventListener('focusout', (e) => { if (e.target.dataset && e.target.name) touched.add(e.target); });
  form.addEventListener('change', (e) => touched.add(e.target.closest('[data-field]') || e.target));
  let timer = null;
  let sequence = 0;
  const evaluate = async () => {
    const mine = ++sequence;
    const body = payload(form);
    delete body.patient_id;
    try {
      const result = await api.post('/screening/evaluate', body);
      if (mine !== sequence) return;
      showResult(panel, result);
      showErrors(form, result.errors, { live: true, only: (input) => touched.has(input) || [...touched].some((t) => t.closest && input.contains(t)) });
    } catch (error) {
      if (mine !== sequence || !(error instanceof ApiError)) return;
      put(panel.body, h('p', { class: 'alert alert-error' }, error.message));
    }
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(evaluate, 350); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(evaluate, 150); });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const body = payload(form);
    const done = busy(submit, 'Enrolling…');
    let enrolled;
    try {
      enrolled = await api.post('/patients', body);
    } catch (error) {
      done();
      if (error.isInvalid) showErrors(form, error.errors);
      else if (error.status === 409) showSaveError(form, error);
      else showSaveError(form, error);
      return;
    }
    const pid = enrolled.patient.patient_id;
    clearErrors(form);
    toast(`Enrolled ${pid} with ${enrolled.visits.length} screening visit(s).`);
    navigate(patientPath(pid));
  });

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / '),
        h('h1', 'Enrol a patient'),
        h('p', { class: 'muted' }, `Screening against ${study.protocol.id}: `, pill(`${study.eligibility.diagnoses.join(' or ')}`, 'info'),
          study.eligibility.biopsy_required ? ' biopsy-proven' : '', study.eligibility.steroid_resistance ? ', steroid-resistant' : ''))),
    h('div', { class: 'with-aside' }, form, panel));
  form.querySelector('[name=patient_id]').focus();
}
