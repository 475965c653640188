// Study dashboard (GET /api/v1/dashboard): enrolment by site over time, the CONSORT flow,
// visits due and overdue, open queries (each naming its record and field, linked to the
// record) and adverse events. Investigators see their site.

import { api, query as qs, patientPath } from '../api.js';
import { h, table, section, pill, show, words, todayIso, put } from '../dom.js';
import { lineChart, emptyChart, chartLegend } from '../charts.js';
import { navigate } from '../router.js';
import { consortFlow } from './consort.js';
import { queryRecord } from '../query_dialogs.js';

function monthName(ym) {
  const [y, m] = ym.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function enrolmentChart(enrolment) {
  const months = enrolment.months || [];
  if (months.length === 0) return emptyChart('Enrolment by site', 'No patient enrolled yet');
  const every = Math.max(1, Math.ceil(months.length / 7));
  const last = months.length - 1;
  const xTicks = months.map((_, i) => i).filter((i) => i % every === 0 || (i === last && last % every >= Math.ceil(every / 2) + 1));
  const series = enrolment.sites.map((site) => ({
    name: `${site.site} (${site.enrolled})`, step: true,
    points: site.cumulative.map((y, x) => ({ x, y, label: `${site.site}, ${months[x]}: ${y} enrolled` })),
  }));
  // The total drowns the sites' lines when there are many sites: the legend gives it then.
  if (enrolment.sites.length > 1 && enrolment.sites.length <= 3) {
    series.push({ name: `All sites (${enrolment.total[enrolment.total.length - 1]})`, step: true, dashed: true, colour: 'total',
      points: enrolment.total.map((y, x) => ({ x, y, label: `all sites, ${months[x]}: ${y} enrolled` })) });
  }
  const chart = lineChart({
    id: 'enrolment', title: 'Cumulative enrolment by site',
    summary: enrolment.sites.map((st) => `${st.site} ${st.enrolled}`).join(', '),
    series, xTicks, xFormat: (i) => (months[i] ? monthName(months[i]) : ''), yMin: 0, yInteger: true, yLabel: 'patients enrolled', height: 280,
  });
  const total = enrolment.total[enrolment.total.length - 1];
  const key = series.length === enrolment.sites.length && series.length > 1
    ? [...series, { name: `all sites: ${total}`, colour: 'none' }] : series;
  return h('div', chartLegend(key), chart);
}

function tile(label, value, kind, href) {
  const inner = [h('span', { class: 'tile-value' }, String(value)), h('span', { class: 'tile-label' }, label)];
  return href ? h('a', { class: `tile tile-${kind || 'plain'}`, href }, inner) : h('div', { class: `tile tile-${kind || 'plain'}` }, inner);
}

function visitTable(rows, overdue) {
  return table([
    { label: 'Patient', cell: (r) => h('a', { href: patientPath(r.patient_id) }, r.patient_id) },
    { label: 'Site', cell: (r) => r.site },
    { label: 'Visit', cell: (r) => `week ${r.week}` },
    { label: 'Target', cell: (r) => r.target },
    { label: 'Window', cell: (r) => `${r.earliest} to ${r.latest}` },
    { label: 'Status', cell: () => (overdue ? pill('overdue', 'bad') : pill('due', 'warn')) },
  ], rows, { empty: overdue ? 'No visit is overdue.' : 'No visit window is open.' });
}

export async function render({ main, query, state, isCurrent }) {
  const asOf = query.get('as_of') || '';
  const data = await api.get(`/dashboard${qs({ as_of: asOf })}`);
  if (!isCurrent()) return;
  const c = data.consort;
  const v = data.visits;
  const q = data.queries;
  const ae = data.adverse_events;
  const enrolled = data.enrolment.total.length ? data.enrolment.total[data.enrolment.total.length - 1] : 0;

  const asOfInput = h('input', { type: 'date', id: 'as-of', name: 'as_of', value: asOf || v.as_of });
  const asOfForm = h('form', { class: 'inline-form', role: 'search', 'aria-label': 'Judge visits at a date',
    onsubmit: (e) => { e.preventDefault(); navigate(`/dashboard${qs({ as_of: asOfInput.value === todayIso() ? '' : asOfInput.value })}`); } },
  h('label', { for: 'as-of' }, 'Visits judged at'), asOfInput, h('button', { class: 'btn btn-secondary', type: 'submit' }, 'Show'));

  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('h1', 'Study dashboard'),
        h('p', { class: 'muted' }, data.site ? `Site ${data.site}` : `All sites: ${state.study.sites.join(', ')}`,
          ' · ', state.study.protocol.title)),
      asOfForm),
    h('div', { class: 'tiles' },
      tile('enrolled', enrolled, 'plain', '/patients'),
      tile('treated', c.treated, 'plain'),
      tile(`reached week ${c.primary_week}`, c.primary_visit_reached, 'good'),
      tile('withdrawn', c.withdrawn, c.withdrawn ? 'muted' : 'plain'),
      tile('visits due', v.due_count, v.due_count ? 'warn' : 'plain', '#visits-due'),
      tile('visits overdue', v.overdue_count, v.overdue_count ? 'bad' : 'plain', '#visits-overdue'),
      tile('open queries', q.open, q.open ? 'warn' : 'plain', '/queries?status=open'),
      tile('serious adverse events', ae.serious, ae.serious ? 'bad' : 'plain', '#adverse-events')),
    h('div', { class: 'grid-2' },
      section('Enrolment by site', h('figure', { class: 'chart-figure' }, enrolmentChart(data.enrolment),
        h('figcaption', `Patients enrolled, cumulative by month${data.site ? '' : data.enrolment.sites.length > 3 ? ', per site' : ', per site and in all'}.`))),
      section('Patient flow (CONSORT)', consortFlow(c, state.study))),
    h('div', { class: 'grid-2' },
      h('section', { class: 'card', id: 'visits-due', 'aria-labelledby': 'h-due' },
        h('h2', { id: 'h-due' }, `Visits due (${v.due_count})`),
        h('p', { class: 'muted small' }, `Window open on ${v.as_of}, not yet recorded.`), visitTable(v.due, false)),
      h('section', { class: 'card', id: 'visits-overdue', 'aria-labelledby': 'h-overdue' },
        h('h2', { id: 'h-overdue' }, `Visits overdue (${v.overdue_count})`),
        h('p', { class: 'muted small' }, `Window closed by ${v.as_of}, not recorded, patient not withdrawn.`), visitTable(v.overdue, true))),
    h('div', { class: 'grid-2' },
      section(`Open queries (${q.open} open, ${q.answered} answered, ${q.closed} closed)`,
        table([
          { label: 'Patient', cell: (r) => h('a', { href: patientPath(r.patient_id) }, r.patient_id) },
          { label: 'Record', cell: (r) => queryRecord(r) },
          { label: 'Query', cell: (r) => show(r.text) },
          { label: 'Status', cell: (r) => pill(r.status, r.status === 'open' ? 'warn' : 'info') },
        ], q.outstanding, { empty: 'No query is waiting.' }),
        h('p', h('a', { href: '/queries' }, 'All queries'))),
      h('section', { class: 'card', id: 'adverse-events', 'aria-labelledby': 'h-ae' },
        h('h2', { id: 'h-ae' }, `Adverse events (${ae.total}; ${ae.serious} serious; ${ae.patients_with_event} patients)`),
        table([
          { label: 'Patient', cell: (r) => h('a', { href: patientPath(r.patient_id) }, r.patient_id) },
          { label: 'Onset', cell: (r) => r.onset_date },
          { label: 'Event', cell: (r) => r.term },
          { label: 'Course', cell: (r) => r.course },
          { label: 'Severity', cell: (r) => words(r.severity) },
          { label: 'Serious', cell: (r) => (r.serious ? pill('serious', 'bad') : 'no') },
        ], ae.recent, { empty: 'No adverse event recorded.' }))));
}
