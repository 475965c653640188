// Patient list with search (GET /api/v1/patients?q=&site=&status=&offset=&limit=): the
// pseudonym filter updates as one types; the address keeps the filters, so back works. In a
// randomised study each row says whether and when the patient was randomised, and the arm
// to the roles that may see it (the server leaves the arm out for the others).

import { api, query as qs, patientPath } from '../api.js';
import { h, table, pill, show, put } from '../dom.js';
import { navigate } from '../router.js';

const PAGE = 25;

export async function render({ main, query, state, role, isCurrent }) {
  const q = query.get('q') || '';
  const site = query.get('site') || '';
  const status = query.get('status') || '';
  const offset = Math.max(0, Number(query.get('offset')) || 0);
  const data = await api.get(`/patients${qs({ q, site, status, offset, limit: PAGE })}`);
  if (!isCurrent()) return;

  const go = (changes) => {
    const next = { q, site, status, ...changes };
    if (!('offset' in changes)) next.offset = '';
    navigate(`/patients${qs(next)}`, { replace: true }).then(() => {
      const again = document.getElementById('patient-search');
      if (again && changes.q !== undefined) {
        again.focus();
        again.setSelectionRange(again.value.length, again.value.length);
      }
    });
  };
  let timer = null;
  const search = h('input', { type: 'search', id: 'patient-search', name: 'q', value: q, placeholder: 'e.g. SEED-0',
    'aria-describedby': 'search-hint', autocomplete: 'off',
    oninput: () => { clearTimeout(timer); timer = setTimeout(() => go({ q: search.value.trim() }), 250); } });
  const siteSelect = role === 'investigator' ? null : h('select', { id: 'site-filter', onchange: (e) => go({ site: e.target.value }) },
    h('option', { value: '' }, 'All sites'), state.study.sites.map((st) => h('option', { value: st, selected: st === site }, st)));
  const randomised = state.study.design.kind === 'randomised';
  const statuses = [['', 'Any status'], ['active', 'Active'], ['withdrawn', 'Withdrawn'],
    ...(randomised ? [['randomised', 'Randomised'], ['not_randomised', 'Not randomised']] : [])];
  const statusSelect = h('select', { id: 'status-filter', onchange: (e) => go({ status: e.target.value }) },
    statuses.map(([value, label]) => h('option', { value, selected: value === status }, label)));

  const filters = h('form', { class: 'filters', role: 'search', onsubmit: (e) => { e.preventDefault(); clearTimeout(timer); go({ q: search.value.trim() }); } },
    h('div', { class: 'field' }, h('label', { for: 'patient-search' }, 'Search pseudonym'), search,
      h('p', { class: 'hint', id: 'search-hint' }, 'Any part of the study pseudonym; no names are stored.')),
    siteSelect ? h('div', { class: 'field' }, h('label', { for: 'site-filter' }, 'Site'), siteSelect) : null,
    h('div', { class: 'field' }, h('label', { for: 'status-filter' }, 'Status'), statusSelect));

  const from = data.total === 0 ? 0 : data.offset + 1;
  const to = data.offset + data.patients.length;
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of patients' },
    h('span', { 'aria-live': 'polite' }, `${from}–${to} of ${data.total} patients`),
    h('button', { type: 'button', class: 'btn btn-secondary', disabled: data.offset === 0,
      onclick: () => go({ offset: Math.max(0, data.offset - PAGE) }) }, 'Previous'),
    h('button', { type: 'button', class: 'btn btn-secondary', disabled: to >= data.total,
      onclick: () => go({ offset: data.offset + PAGE }) }, 'Next'));

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('h1', 'Patients'), h('p', { class: 'muted' }, state.session.user.site ? `Site ${state.session.user.site}` : 'All sites')),
      role === 'investigator' ? h('a', { class: 'btn btn-primary', href: '/patients/new' }, 'Enrol a patient') : null),
    h('section', { class: 'card' }, filters,
      table([
        { label: 'Pseudonym', cell: (p) => h('a', { href: patientPath(p.patient_id), class: 'strong' }, p.patient_id) },
        { label: 'Site', cell: (p) => p.site },
        { label: 'Sex', cell: (p) => p.sex },
        { label: 'Born', cell: (p) => p.birth_year },
        { label: 'Diagnosis', cell: (p) => p.diagnosis },
        { label: 'Biopsy', cell: (p) => (p.biopsy_proven ? `proven ${show(p.biopsy_date)}` : 'not proven') },
        { label: 'Enrolled', cell: (p) => p.enrolment_date },
        { label: 'Status', cell: (p) => (p.withdrawal_date ? pill(`withdrawn ${p.withdrawal_date}`, 'muted') : pill('active', 'good')) },
        ...(randomised ? [{ label: 'Randomised', cell: (p) => (p.randomised ? p.randomised_on : h('span', { class: 'muted' }, 'not yet')) }] : []),
        ...(randomised && state.study.arm_visible ? [{ label: 'Arm', cell: (p) => show(p.arm) }] : []),
      ], data.patients, { empty: q || site || status ? 'No patient matches these filters.' : 'No patient is enrolled yet.', class: 'patients-table' }),
      pager));
}
