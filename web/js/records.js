// What the forms know about each kind of record: its editable fields (API names, labels,
// input types; key fields such as week or course number are not editable), and the generic
// edit dialog that sends a JSON merge patch with the version read and the reason asked for.

import { api, patientPath } from './api.js';
import { h, toast } from './dom.js';
import { field, readFields, formDialog, changedFields } from './forms.js';
import { reload } from './router.js';

export function recordFields(kind, study) {
  const codes = study.codes;
  const fields = {
    patient: [
      { name: 'sex', label: 'Sex', type: 'select', options: codes.sex },
      { name: 'birth_year', label: 'Year of birth', type: 'number', integer: true },
      { name: 'diagnosis', label: 'Diagnosis', type: 'select', options: codes.diagnosis },
      { name: 'biopsy_proven', label: 'Biopsy-proven', type: 'bool' },
      { name: 'biopsy_date', label: 'Biopsy date', type: 'date' },
      { name: 'height_cm', label: 'Height', type: 'number', unit: 'cm' },
      { name: 'enrolment_date', label: 'Enrolment date', type: 'date' },
      { name: 'withdrawal_date', label: 'Withdrawal date', type: 'date', hint: 'Only when the patient leaves the study.' },
      { name: 'withdrawal_reason', label: 'Withdrawal reason', type: 'textarea', rows: 2 },
    ],
    conditions: [
      { name: 'present', label: 'Present', type: 'bool' },
      { name: 'date', label: 'Date', type: 'date' },
      { name: 'note', label: 'Note', type: 'textarea', rows: 2 },
    ],
    'steroid-doses': [
      { name: 'prednisolone_mg_per_day', label: 'Prednisolone', type: 'number', unit: 'mg/day' },
      { name: 'from_date', label: 'From', type: 'date' },
      { name: 'to_date', label: 'To', type: 'date', hint: 'Empty while ongoing.' },
    ],
    visits: [{ name: 'date', label: 'Visit date', type: 'date' }],
    courses: [
      { name: 'start_date', label: 'Start date (day 1)', type: 'date' },
      { name: 'dosing_weight_kg', label: 'Dosing weight', type: 'number', unit: 'kg' },
      { name: 'weight_policy', label: 'Weight policy', type: 'select', options: codes.weight_policy },
      { name: 'dose_g_per_kg_per_day', label: 'Dose', type: 'number', unit: 'g/kg/day' },
      { name: 'product', label: 'Product' },
      // A blinded trial's kit record: correctable like any recorded fact (with a reason).
      ...(study.design.blinded ? [{ name: 'blinded', label: 'Masked study drug (blinded kit)', type: 'bool' }] : []),
    ],
    infusions: [
      { name: 'date', label: 'Date', type: 'date' },
      { name: 'dose_g', label: 'Dose given', type: 'number', unit: 'g' },
      { name: 'volume_ml', label: 'Volume', type: 'number', unit: 'mL' },
      { name: 'start_time', label: 'Start time', type: 'time' },
      { name: 'end_time', label: 'End time', type: 'time' },
    ],
    'adverse-events': [
      { name: 'term', label: 'Event (term)' },
      { name: 'onset_date', label: 'Onset date', type: 'date' },
      { name: 'end_date', label: 'End date', type: 'date' },
      { name: 'serious', label: 'Serious', type: 'bool' },
      { name: 'severity', label: 'Severity', type: 'select', options: codes.severity.map((c) => [c, c.replaceAll('_', ' ')]) },
      { name: 'relatedness', label: 'Relatedness to IVIG', type: 'select', options: codes.relatedness.map((c) => [c, c.replaceAll('_', ' ')]) },
      { name: 'outcome', label: 'Outcome', type: 'select', options: codes.outcome.map((c) => [c, c.replaceAll('_', ' ')]) },
    ],
  };
  return fields[kind] || [];
}

// A short name of the record for dialog titles: "visit week 12", "course 1 day 3".
export function recordName(kind, record) {
  switch (kind) {
    case 'patient': return `patient ${record.patient_id}`;
    case 'conditions': return `screening condition ${record.condition}`;
    case 'steroid-doses': return `prednisolone from ${record.from_date}`;
    case 'visits': return `visit week ${record.week}`;
    case 'assessments': return `assessment week ${record.week}`;
    case 'courses': return `course ${record.course}`;
    case 'infusions': return `course ${record.course} day ${record.day}`;
    case 'adverse-events': return `adverse event “${record.term}”`;
    default: return kind;
  }
}

function recordPath(patientId, kind, record) {
  return kind === 'patient' ? patientPath(patientId) : `${patientPath(patientId)}/${kind}/${record.id}`;
}

// Sends the changed fields of `record` with its version and `reason`; resolves to the
// saved record. Throws ApiError (422 field errors, 409 conflict).
export async function patchRecord(patientId, kind, record, changes, reason) {
  const body = { ...changes, version: record.version, reason };
  const answer = await api.patch(recordPath(patientId, kind, record), body);
  return answer.record || answer.patient || answer;
}

// The edit dialog of one record: its fields as saved, and the reason for the change.
export async function editRecordDialog({ patientId, kind, record, study, onSaved }) {
  const specs = recordFields(kind, study);
  const inputs = specs.map((spec) => field({ ...spec, value: record[spec.name] ?? '', required: false }));
  const reason = field({ name: 'reason', label: 'Reason for the change', type: 'textarea', rows: 2, required: true,
    hint: 'Required: saved in the audit trail with the old and new values.' });
  const saved = await formDialog({
    title: `Edit ${recordName(kind, record)}`,
    intro: h('p', { class: 'muted small' }, `Saved version ${record.version}. Only the fields you change are sent.`),
    fields: [h('div', { class: 'form-grid' }, inputs), reason],
    submitLabel: 'Save the change',
    wide: specs.length > 4,
    onReload: () => reload(),
    onSubmit: async (form) => {
      const values = readFields(form);
      const why = values.reason;
      delete values.reason;
      const changes = changedFields(record, values);
      if (Object.keys(changes).length === 0) {
        const error = new Error('Nothing has changed: change a field, or cancel.');
        error.status = 400;
        throw error;
      }
      return patchRecord(patientId, kind, record, changes, why ?? '');
    },
  });
  if (saved) {
    toast(`Saved: ${recordName(kind, saved)} is now version ${saved.version}.`);
    if (onSaved) onSaved(saved);
    else reload();
  }
  return saved;
}
