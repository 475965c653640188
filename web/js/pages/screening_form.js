// The screening form's parts: the patient's fields, the protocol's exclusions (and Bohan and
// Peter criteria), prednisolone periods and the screening visits with the measures the
// eligibility rules need. `payload()` builds the body of POST /screening/evaluate and of the
// enrolment, and names each input after the API field it is sent as, so the server's
// field errors ("conditions[2].date") land at the right input.

import { h, todayIso } from '../dom.js';
import { field, valueOf } from '../forms.js';

export function patientFields(study, session) {
  const c = study.codes;
  const site = session.user.site;
  return [
    field({ name: 'patient_id', label: 'Study pseudonym', required: true, hint: 'No name, address or hospital number: the study’s own code, e.g. JP-01-007.' }),
    field({ name: 'site', label: 'Site', type: 'select', options: site ? [site] : study.sites, value: site || '', required: true, disabled: Boolean(site) && study.sites.length === 1 }),
    field({ name: 'sex', label: 'Sex', type: 'select', options: c.sex.map((x) => [x, study.code_labels.sex[x] || x]), required: true }),
    field({ name: 'birth_year', label: 'Year of birth', type: 'number', integer: true, required: true }),
    field({ name: 'diagnosis', label: 'Diagnosis', type: 'select', options: c.diagnosis.map((x) => [x, `${x} (${study.code_labels.diagnosis[x] || x})`]), required: true }),
    field({ name: 'biopsy_proven', label: 'Biopsy-proven', type: 'bool', required: true }),
    field({ name: 'biopsy_date', label: 'Biopsy date', type: 'date' }),
    field({ name: 'height_cm', label: 'Height', type: 'number', unit: 'cm', hint: 'For the ideal-body-weight dose policies.' }),
    field({ name: 'enrolment_date', label: 'Enrolment date', type: 'date', value: todayIso(), required: true }),
  ];
}

// The screening conditions of the protocol, as /study labels them: each exclusion and,
// where the protocol has the rule, each Bohan and Peter criterion
// ({code, label, within, kind: 'exclusion' | 'criterion'}).
export function screeningConditions(study) {
  return [
    ...study.eligibility.exclusions.map((e) => ({ code: e.code, label: e.label, within: e.within_weeks, kind: 'exclusion' })),
    ...study.eligibility.bohan_peter_criteria.map((c) => ({ code: c.code, label: `Bohan and Peter: ${c.label}`, kind: 'criterion' })),
  ];
}

// One row per exclusion (and Bohan-Peter criterion): absent / present / not known, a date.
export function conditionRows(study) {
  return screeningConditions(study).map((row, i) => {
    const name = `cond-${i}`;
    const choice = (value, label) => {
      const id = `${name}-${value}`;
      return h('span', { class: 'choice' },
        h('input', { type: 'radio', id, name, value, checked: value === '' }), h('label', { for: id }, label));
    };
    const date = h('input', { type: 'date', id: `${name}-date`, 'aria-label': `${row.label}: date`, 'data-type': 'date', class: 'cond-date' });
    const error = h('p', { class: 'field-error', id: `${name}-error`, hidden: true });
    const radios = h('div', { class: 'field choices', role: 'radiogroup', 'aria-label': row.label, 'aria-describedby': `${name}-error` },
      choice('false', row.kind === 'criterion' ? 'not met' : 'absent'), choice('true', row.kind === 'criterion' ? 'met' : 'present'),
      choice('', 'not known'));
    date.setAttribute('aria-describedby', `${name}-error`);
    const tr = h('tr', { class: 'cond-row' },
      h('th', { scope: 'row' }, row.label, row.within ? h('span', { class: 'small muted' }, ` (within ${row.within} weeks)`) : null),
      h('td', radios, error), h('td', h('div', { class: 'field' }, date)));
    tr.row = row;
    tr.radios = radios;
    tr.date = date;
    return tr;
  });
}

function removeButton(tr, label) {
  return h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': label,
    onclick: () => { const form = tr.closest('form'); tr.remove(); form.dispatchEvent(new Event('input', { bubbles: true })); } }, 'Remove');
}

function cell(spec) {
  const f = field({ ...spec, class: 'field-compact' });
  f.querySelector('label').classList.add('sr-only');
  return h('td', f);
}

export function steroidRow(n) {
  const tr = h('tr', { class: 'steroid-row' });
  tr.append(
    cell({ name: 'prednisolone_mg_per_day', label: `Period ${n}: prednisolone mg/day`, type: 'number', unit: 'mg/day' }),
    cell({ name: 'from_date', label: `Period ${n}: from`, type: 'date' }),
    cell({ name: 'to_date', label: `Period ${n}: to`, type: 'date' }),
    h('td', removeButton(tr, `Remove prednisolone period ${n}`)));
  return tr;
}

// The measures a screening visit needs: MMT for steroid resistance, the core set at entry.
export function screeningMeasures(study) {
  const fields = new Set();
  if (study.eligibility.steroid_resistance) fields.add(study.instruments.some((i) => i.field === 'mmt') ? 'mmt' : 'mmt8');
  const entry = study.eligibility.core_set_entry_week;
  if (entry !== null && entry !== undefined) {
    const visit = study.schedule.find((v) => v.week === entry);
    for (const f of visit ? visit.required : []) fields.add(f);
  }
  return study.instruments.filter((i) => fields.has(i.field));
}

export function visitRow(study, n, week) {
  const weeks = study.schedule.map((v) => v.week).filter((w) => w <= 0);
  const tr = h('tr', { class: 'visit-row' });
  tr.append(
    cell({ name: 'week', label: `Screening visit ${n}: week`, type: 'select', options: weeks.map((w) => [String(w), `week ${w}`]), value: String(week ?? weeks[0]), required: true }),
    cell({ name: 'date', label: `Screening visit ${n}: date`, type: 'date' }),
    ...screeningMeasures(study).map((i) => cell({ name: i.field, label: `Screening visit ${n}: ${i.label}`, type: 'number', unit: i.unit })),
    h('td', removeButton(tr, `Remove screening visit ${n}`)));
  return tr;
}

function setPath(input, path) {
  input.dataset.field = path;
}

// The evaluate / enrol body from the form; renames inputs to their API paths on the way.
export function payload(form, { withVisits = true } = {}) {
  const body = {};
  for (const input of form.querySelectorAll('.patient-fields [name]')) {
    if (input.disabled && input.name !== 'site') continue;
    const v = valueOf(input);
    if (v !== null) body[input.name] = v;
  }
  body.conditions = [];
  for (const tr of form.querySelectorAll('.cond-row')) {
    const checked = tr.radios.querySelector('input:checked');
    const present = checked ? checked.value : '';
    const date = tr.date.value || null;
    tr.date.dataset.field = '';
    tr.radios.dataset.field = '';
    if (present === '' && !date) continue;
    const i = body.conditions.length;
    const entry = { condition: tr.row.code, present: present === '' ? null : present === 'true' };
    if (date) entry.date = date;
    body.conditions.push(entry);
    setPath(tr.radios, `conditions[${i}].present`);
    setPath(tr.date, `conditions[${i}].date`);
  }
  body.steroid_doses = [];
  for (const tr of form.querySelectorAll('.steroid-row')) {
    const inputs = [...tr.querySelectorAll('[name]')];
    const entry = {};
    for (const input of inputs) {
      const v = valueOf(input);
      if (v !== null) entry[input.name] = v;
    }
    const i = body.steroid_doses.length;
    for (const input of inputs) setPath(input, Object.keys(entry).length ? `steroid_doses[${i}].${input.name}` : '');
    if (Object.keys(entry).length) body.steroid_doses.push(entry);
  }
  if (withVisits) {
    body.visits = [];
    body.assessments = [];
    for (const tr of form.querySelectorAll('.visit-row')) {
      const inputs = [...tr.querySelectorAll('[name]')];
      const week = Number(tr.querySelector('[name=week]').value);
      const date = tr.querySelector('[name=date]').value || null;
      const values = {};
      for (const input of inputs) {
        if (input.name === 'week' || input.name === 'date') continue;
        const v = valueOf(input);
        if (v !== null) values[input.name] = v;
      }
      if (!date && Object.keys(values).length === 0) continue;
      const i = body.visits.length;
      body.visits.push({ week, date });
      body.assessments.push({ week, ...values });
      for (const input of inputs) {
        setPath(input, input.name === 'week' || input.name === 'date' ? `visits[${i}].${input.name}` : `assessments[${i}].${input.name}`);
      }
    }
  }
  return body;
}
