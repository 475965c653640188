// The protocol's analysis report (GET /api/v1/report: one self-contained HTML page with
// inline CSS and SVG, no script) shown in the page, and for statisticians the bundle files
// (GET /api/v1/export/{file}, pseudonymised) to download.

import { h, put } from '../dom.js';

const FILES = ['manifest.csv', 'patients.csv', 'allocations.csv', 'conditions.csv', 'steroid_doses.csv', 'courses.csv',
  'administrations.csv', 'visits.csv', 'assessments.csv', 'muscle_grades.csv', 'adverse_events.csv'];

export async function render({ main, role, state }) {
  const frame = h('iframe', { src: '/api/v1/report', title: 'Analysis report', class: 'report-frame', id: 'report-frame' });
  const status = h('p', { class: 'muted small', 'aria-live': 'polite' }, 'Running the analysis plan…');
  frame.addEventListener('load', () => {
    try {
      const doc = frame.contentDocument;
      const height = doc && doc.documentElement ? doc.documentElement.scrollHeight : 0;
      if (height > 0) frame.style.height = `${height + 24}px`;
      const problem = doc && doc.body && doc.body.textContent.trim().startsWith('{"error"');
      status.textContent = problem ? `The report is not available: ${doc.body.textContent}` : 'Generated now from the study database.';
    } catch {
      status.textContent = '';
    }
  });
  put(main, 
    h('div', { class: 'page-head' },
      h('div', h('h1', 'Analysis report'),
        h('p', { class: 'muted' }, `${state.study.protocol.title}. The protocol’s analysis plan run on the data as they are now.`), status),
      h('div', { class: 'head-actions' },
        h('a', { class: 'btn btn-secondary', href: '/api/v1/report', target: '_blank', rel: 'noopener' }, 'Open in a new tab'),
        h('a', { class: 'btn btn-quiet', href: '/api/v1/analysis', target: '_blank', rel: 'noopener' }, 'Analysis as JSON'))),
    role === 'statistician' ? h('section', { class: 'card', 'aria-labelledby': 'h-export' },
      h('h2', { id: 'h-export' }, 'Data exports (pseudonymised study bundle)'),
      h('p', { class: 'small muted' }, 'CSV files of the bundle format; free text is withheld. A file the study has no records for is not offered by the server (404).'),
      h('ul', { class: 'export-list' }, FILES.map((f) => h('li', h('a', { href: `/api/v1/export/${f}`, download: f }, f))))) : null,
    h('section', { class: 'card report-card' }, frame));
}
