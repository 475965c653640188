// Data queries (docs/api.md "Data queries"): a monitor raises one about a record or one of
// its fields; the site's investigator answers; the monitor closes it.

import { api } from './api.js';
import { h, toast, stamp, pill, show } from './dom.js';
import { field, formDialog } from './forms.js';
import { reload } from './router.js';

const NOT_FIELDS = new Set(['id', 'version', 'patient_id', 'infusions', 'week', 'course', 'day']);

// entity: the record kind as the API names it (assessments, visits, adverse_events,
// infusions, ...); the query is about the field chosen, as the record's JSON names it.
export async function raiseQueryDialog({ patientId, entity, record, label }) {
  const names = Object.keys(record).filter((k) => !NOT_FIELDS.has(k));
  const which = field({ name: 'field', label: 'About the field', type: 'select',
    options: [['', 'the whole record'], ...names.map((n) => [n, `${n} (now ${show(record[n])})`])], blank: true });
  const text = field({ name: 'text', label: 'Query to the site', type: 'textarea', rows: 3, required: true,
    hint: 'Say what to check and against which source, e.g. “CK 2400 IU/l: please confirm against the lab report”.' });
  const query = await formDialog({
    title: `Raise a query: ${label}`,
    fields: [which, text],
    submitLabel: 'Raise the query',
    onSubmit: async () => {
      const body = { patient_id: patientId, entity, record_id: record.id, text: text.input.value };
      if (which.input.value) body.field = which.input.value;
      return (await api.post('/queries', body)).query;
    },
  });
  if (query) {
    toast(`Query ${query.id} raised with site ${query.site}.`);
    reload();
  }
}

export async function answerQueryDialog(query) {
  const answer = field({ name: 'answer', label: 'Answer', type: 'textarea', rows: 3, required: true,
    hint: 'If the data were wrong, correct the record too (the correction asks for its own reason).' });
  const saved = await formDialog({
    title: `Answer query ${query.id}`,
    intro: h('blockquote', { class: 'query-text' }, show(query.text)),
    fields: [answer],
    submitLabel: 'Send the answer',
    onReload: () => reload(),
    onSubmit: async () => (await api.post(`/queries/${query.id}/answer`, { version: query.version, answer: answer.input.value })).query,
  });
  if (saved) {
    toast(`Query ${saved.id} answered.`);
    reload();
  }
}

export async function closeQueryDialog(query) {
  const saved = await formDialog({
    title: `Close query ${query.id}`,
    intro: h('div', h('blockquote', { class: 'query-text' }, show(query.text)),
      h('p', h('strong', 'Answer: '), show(query.answer))),
    fields: [],
    submitLabel: 'Close the query',
    onReload: () => reload(),
    onSubmit: async () => (await api.post(`/queries/${query.id}/close`, { version: query.version })).query,
  });
  if (saved) {
    toast(`Query ${saved.id} closed.`);
    reload();
  }
}

export function queryStatus(q) {
  return pill(q.status, q.status === 'open' ? 'warn' : q.status === 'answered' ? 'info' : 'muted');
}

// The actions a role may take on one query (the server checks again).
export function queryActions(q, role) {
  const out = [];
  if (role === 'investigator' && q.status === 'open') {
    out.push(h('button', { type: 'button', class: 'btn btn-small btn-primary', onclick: () => answerQueryDialog(q) }, 'Answer'));
  }
  if (role === 'monitor' && q.status !== 'closed') {
    out.push(h('button', { type: 'button', class: 'btn btn-small btn-secondary', onclick: () => closeQueryDialog(q) }, 'Close'));
  }
  return out;
}

export function queryDetails(q) {
  return h('div', { class: 'query-cell' },
    h('div', show(q.text)),
    h('div', { class: 'small muted' }, `raised by ${q.raised_by} ${stamp(q.raised_utc)}`),
    q.answer !== null && q.answer !== undefined
      ? h('div', { class: 'query-answer' }, h('strong', 'Answer: '), show(q.answer),
        h('span', { class: 'small muted' }, ` (${q.answered_by}, ${stamp(q.answered_utc)})`))
      : null,
    q.closed_by ? h('div', { class: 'small muted' }, `closed by ${q.closed_by} ${stamp(q.closed_utc)}`) : null);
}

// The record a query is about, linked to its page ("Visit week 4 (2026-10-01)"), and the
// field asked about.
export function queryRecord(q) {
  return h('span', { class: 'query-record' },
    h('a', { href: q.link }, q.record_label),
    q.field_label ? h('span', { class: 'small muted' }, ` · ${q.field_label}`) : null);
}
