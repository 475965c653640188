// Data queries (GET /api/v1/queries?status=&patient=): monitors raise them from a record on
// the patient page and close them here; the site's investigators answer them here. Each
// row links to the record asked about (the edit form for the site's investigator).

import { api, query as qs, patientPath } from '../api.js';
import { h, table, put } from '../dom.js';
import { navigate } from '../router.js';
import { queryActions, queryDetails, queryStatus, queryRecord } from '../query_dialogs.js';

export async function render({ main, query, role, isCurrent }) {
  const status = query.get('status') ?? 'open';
  const patient = query.get('patient') || '';
  const data = await api.get(`/queries${qs({ status: status === 'all' ? '' : status, patient })}`);
  if (!isCurrent()) return;
  const queries = data.queries || [];
  const statusSelect = h('select', { id: 'query-status', name: 'status' },
    [['open', 'Open'], ['answered', 'Answered'], ['closed', 'Closed'], ['all', 'All']].map(([v, l]) => h('option', { value: v, selected: v === status }, l)));
  const patientInput = h('input', { type: 'search', id: 'query-patient', name: 'patient', value: patient, placeholder: 'pseudonym' });
  const filters = h('form', { class: 'filters', role: 'search',
    onsubmit: (e) => { e.preventDefault(); navigate(`/queries${qs({ status: statusSelect.value, patient: patientInput.value.trim() })}`); } },
  h('div', { class: 'field' }, h('label', { for: 'query-status' }, 'Status'), statusSelect),
  h('div', { class: 'field' }, h('label', { for: 'query-patient' }, 'Patient'), patientInput),
  h('div', { class: 'field field-button' }, h('button', { type: 'submit', class: 'btn btn-secondary' }, 'Show')));
  statusSelect.addEventListener('change', () => filters.requestSubmit());

  const who = {
    investigator: 'Answer the open queries about your site’s records. Correct the record too where the data were wrong.',
    monitor: 'Raise a query from a record on the patient page (“Query”); close it here once answered.',
    statistician: 'Query texts are withheld from the statistician role.',
  }[role];
  put(main, 
    h('div', { class: 'page-head' }, h('div', h('h1', 'Data queries'), h('p', { class: 'muted' }, who))),
    h('section', { class: 'card' }, filters,
      table([
        { label: '#', cell: (q) => q.id },
        { label: 'Patient', cell: (q) => h('a', { href: patientPath(q.patient_id) }, q.patient_id) },
        { label: 'Site', cell: (q) => q.site },
        { label: 'Record', cell: (q) => queryRecord(q) },
        { label: 'Query and answer', cell: (q) => queryDetails(q) },
        { label: 'Status', cell: (q) => queryStatus(q) },
        { label: 'Actions', cell: (q) => h('div', { class: 'row-actions' }, queryActions(q, role)) },
      ], queries, { empty: 'No query matches.', class: 'queries-table' })));
}
