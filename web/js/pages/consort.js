// The CONSORT flow of the dashboard as boxes and arrows (HTML and CSS): screened, excluded,
// randomised per arm when the arm is visible, treated, withdrawn, primary visit reached.

import { h } from '../dom.js';

function box(label, n, kind = 'main', detail) {
  return h('div', { class: `flow-box flow-${kind}` },
    h('span', { class: 'flow-n' }, String(n)),
    h('span', { class: 'flow-label' }, label),
    detail ? h('span', { class: 'flow-detail' }, detail) : null);
}

function arrow() {
  return h('div', { class: 'flow-arrow', 'aria-hidden': 'true' });
}

export function consortFlow(c, study) {
  const randomised = study.design.kind === 'randomised';
  const excluded = c.ineligible + c.undetermined;
  const rows = [
    h('div', { class: 'flow-row' }, box('screened', c.screened)),
    arrow(),
    h('div', { class: 'flow-row flow-split' },
      box('eligible', c.eligible),
      box('not eligible or undetermined', excluded, 'side', `${c.ineligible} ineligible · ${c.undetermined} undetermined`)),
  ];
  if (randomised) {
    rows.push(arrow(), h('div', { class: 'flow-row' }, box('randomised', c.randomised)));
    if (Array.isArray(c.arms) && c.arms.length) {
      const labels = Object.fromEntries(study.design.arms.map((a) => [a.id, a.label]));
      rows.push(arrow(), h('div', { class: 'flow-row flow-arms' }, c.arms.map((arm) =>
        h('div', { class: 'flow-arm' },
          box(labels[arm.arm] || arm.arm, arm.randomised, 'arm', 'randomised'),
          arrow(),
          box('treated', arm.treated),
          arrow(),
          box(`reached week ${c.primary_week}`, arm.primary_visit_reached, 'end')))));
      rows.push(h('p', { class: 'small muted' }, `Withdrawn in all: ${c.withdrawn}.`));
    } else {
      rows.push(h('p', { class: 'small muted flow-note' }, 'Arms are not shown: the study is blinded for your role.'));
    }
  }
  if (!randomised || !(Array.isArray(c.arms) && c.arms.length)) {
    rows.push(arrow(),
      h('div', { class: 'flow-row flow-split' }, box('treated (an infusion recorded)', c.treated), box('withdrawn', c.withdrawn, 'side')),
      arrow(),
      h('div', { class: 'flow-row' }, box(`reached the week-${c.primary_week} visit`, c.primary_visit_reached, 'end')));
  }
  return h('div', { class: 'flow', role: 'group', 'aria-label': 'Patient flow' }, rows);
}
