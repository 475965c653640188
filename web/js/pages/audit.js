// The audit trail (GET /api/v1/patients/{patient}/audit[?entity=E&id=N]): every creation
// and edit of the patient's records, or of one record, with old and new values, who, when
// and why. Stored column names are shown as stored (VAS in whole millimetres).

import { api, patientPath, query as qs } from '../api.js';
import { h, table, stamp, words, pill, put } from '../dom.js';

export async function render({ main, params, query, isCurrent }) {
  const entity = query.get('entity') || '';
  const id = query.get('id') || '';
  const data = await api.get(`${patientPath(params.patient)}/audit${qs({ entity, id })}`);
  if (!isCurrent()) return;
  const entries = [...data.entries].reverse();
  const edits = entries.filter((e) => e.field !== '*').length;
  const one = entity && id;
  put(main, 
    h('div', { class: 'page-head' },
      h('div',
        h('p', { class: 'crumbs' }, h('a', { href: '/patients' }, 'Patients'), ' / ',
          h('a', { href: patientPath(data.patient_id) }, data.patient_id), ' / '),
        h('h1', one ? `History of ${words(entity)} #${id}` : `Audit trail of ${data.patient_id}`),
        h('p', { class: 'muted' }, `${entries.length} entries, ${edits} edits; newest first. `,
          one ? h('a', { href: `${patientPath(data.patient_id)}/audit` }, 'Show the whole patient’s trail') : null))),
    h('section', { class: 'card' },
      table([
        { label: 'When', cell: (e) => stamp(e.at) },
        { label: 'Who', cell: (e) => e.actor },
        { label: 'Record', cell: (e) => h('span', words(e.entity), h('br'), h('span', { class: 'small muted' }, e.record)) },
        { label: 'Change', cell: (e) => (e.field === '*'
          ? h('div', pill('created', 'info'), h('div', { class: 'small audit-values' }, e.new_value))
          : h('div', h('code', e.field), ': ', h('del', { class: 'old' }, e.old_value || '(empty)'), ' → ',
            h('ins', { class: 'new' }, e.new_value || '(empty)'))) },
        { label: 'Reason', cell: (e) => e.reason },
      ], entries, { empty: 'No audit entry.', class: 'audit-table' })));
}
