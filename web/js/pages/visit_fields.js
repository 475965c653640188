// Inputs of the visit form: a VAS as a slider plus a number (cm, one decimal; the number is
// what is sent), CK with its upper limit of normal and the multiple of it, and the MMT-8
// grid (Kendall grades per muscle group and side, the groups as /study gives them) that adds
// up its total.

import { h } from '../dom.js';
import { field } from '../forms.js';

export function vasField(spec) {
  const f = field({ ...spec, type: 'number', unit: 'cm', hint: spec.hint || '0 = none, 10 = worst imaginable; one decimal.' });
  const number = f.input;
  const slider = h('input', { type: 'range', min: 0, max: 10, step: 0.1, class: 'vas-slider', 'aria-label': `${spec.label} (slider)`,
    value: number.value === '' ? 0 : number.value, 'aria-describedby': number.getAttribute('aria-describedby') });
  const sync = () => {
    const v = Number(number.value.replace(',', '.'));
    const ok = number.value.trim() !== '' && Number.isFinite(v);
    slider.classList.toggle('unset', !ok);
    if (ok) slider.value = String(Math.min(10, Math.max(0, v)));
  };
  slider.addEventListener('input', () => {
    number.value = Number(slider.value).toFixed(1);
    slider.classList.remove('unset');
    number.dispatchEvent(new Event('input', { bubbles: true }));
  });
  number.addEventListener('input', sync);
  sync();
  const scale = h('div', { class: 'vas-scale', 'aria-hidden': 'true' }, h('span', '0 none'), h('span', '10 worst'));
  f.querySelector('.input-unit').before(h('div', { class: 'vas-track' }, slider, scale));
  f.classList.add('vas-field');
  return f;
}

// `label` the measure's ("CK"), with its unit IU/l.
export function ckFields(assessment, label) {
  const ck = field({ name: 'ck_iu_per_l', label, type: 'number', unit: 'IU/l', value: assessment.ck_iu_per_l ?? '' });
  const uln = field({ name: 'ck_uln_iu_per_l', label: `${label} upper limit of normal`, type: 'number', unit: 'IU/l', value: assessment.ck_uln_iu_per_l ?? '',
    hint: 'The laboratory’s ULN.' });
  const out = h('output', { class: 'ck-multiple', for: `${ck.input.id} ${uln.input.id}`, 'aria-live': 'polite' });
  const update = () => {
    const a = Number(ck.input.value);
    const b = Number(uln.input.value);
    out.textContent = ck.input.value && uln.input.value && b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(1)} × ULN` : '–';
  };
  ck.input.addEventListener('input', update);
  uln.input.addEventListener('input', update);
  update();
  return h('div', { class: 'ck-group' }, ck, uln, h('div', { class: 'field' }, h('span', { class: 'label-like' }, 'Multiple of ULN'), out));
}

// "Deltoid (middle)" for the study's "deltoid (middle)".
function capitalised(label) {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

// The grid of the study's MMT-8 muscle groups (`mmt8` of /study: each group's sides and
// maximum grade); `grades` the saved muscle_grades of the visit. grid.entries() lists the
// cells entered ({muscle_group, side, status, grade, saved, select}).
export function mmt8Grid(mmt8, grades, onTotal) {
  const saved = Object.fromEntries(grades.map((g) => [`${g.muscle_group}/${g.side}`, g]));
  const selects = [];
  const cellFor = ({ code: group, label, max }, side) => {
    const key = `${group}/${side}`;
    const g = saved[key];
    const value = !g ? '' : g.status === 'tested' ? String(g.grade) : g.status;
    const id = `mmt8-${group}-${side}`;
    const sel = h('select', { id, 'data-key': key, 'aria-label': `${label} ${side === 'axial' ? '' : side === 'R' ? 'right' : 'left'}`.trim(),
      'aria-describedby': `${id}-error` },
    h('option', { value: '' }, '–'),
    Array.from({ length: max + 1 }, (_, i) => h('option', { value: String(i), selected: value === String(i) }, String(i))),
    h('option', { value: 'not_testable', selected: value === 'not_testable' }, 'NT'),
    h('option', { value: 'missing', selected: value === 'missing' }, 'missing'));
    sel.saved = g || null;
    sel.group = group;
    sel.side = side;
    selects.push(sel);
    return h('td', sel, h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  };
  const total = h('output', { class: 'mmt8-total', 'aria-live': 'polite' });
  const recompute = (fire = true) => {
    const tested = selects.filter((sel) => /^\d+$/.test(sel.value));
    const sum = tested.reduce((a, sel) => a + Number(sel.value), 0);
    total.textContent = `${tested.length} of ${selects.length} tested, sum ${sum} of ${mmt8.bilateral_max}`;
    if (fire && tested.length === selects.length && onTotal) onTotal(sum);
  };
  const table = h('table', { class: 'data-table mmt8-grid' },
    h('caption', `MMT-8 grades (Kendall 0–${mmt8.groups[0].max}; NT: not testable)`),
    h('thead', h('tr', h('th', { scope: 'col' }, 'Muscle group'), h('th', { scope: 'col' }, 'Right / axial'), h('th', { scope: 'col' }, 'Left'))),
    h('tbody', mmt8.groups.map((group) => {
      const row = { ...group, label: capitalised(group.label) };
      return h('tr', h('th', { scope: 'row' }, row.label),
        group.sides.length === 1 ? [cellFor(row, group.sides[0]), h('td', { class: 'muted' }, 'axial')] : group.sides.map((side) => cellFor(row, side)));
    })));
  table.addEventListener('change', () => recompute());
  recompute(false);
  const wrap = h('div', { class: 'mmt8-wrap' }, table, h('p', total));
  wrap.entries = () => selects.filter((sel) => sel.value !== '').map((sel) => ({
    muscle_group: sel.group, side: sel.side,
    status: /^\d+$/.test(sel.value) ? 'tested' : sel.value,
    grade: /^\d+$/.test(sel.value) ? Number(sel.value) : null,
    saved: sel.saved, select: sel,
  }));
  return wrap;
}
