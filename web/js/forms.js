// Form building blocks: labelled fields with a hint and an error slot, reading what was typed
// (numbers stay text until sent, so a wrong entry reaches the server and comes back as a
// field message with the form unchanged), showing the server's 422 field errors and 409
// conflicts where the user is looking, and knowing which forms hold unsaved input.

import { h, clear } from './dom.js';

let uid = 0;
function nextId(name) {
  uid += 1;
  return `f-${String(name).replace(/[^a-zA-Z0-9_-]/g, '-')}-${uid}`;
}

function control(spec, id, describedBy) {
  const common = {
    id, name: spec.name, 'data-field': spec.path || spec.name, 'data-type': spec.type || 'text',
    required: spec.required || null, 'aria-describedby': describedBy,
    disabled: spec.disabled || null, readonly: spec.readonly || null,
  };
  if (spec.type === 'select' || spec.type === 'bool') {
    const options = spec.type === 'bool'
      ? [['', spec.placeholder || '– choose –'], ['true', spec.yes || 'yes'], ['false', spec.no || 'no']]
      : [...(spec.required && spec.value !== undefined && spec.value !== null && !spec.blank ? [] : [['', spec.placeholder || '– choose –']]),
        ...spec.options.map((o) => (Array.isArray(o) ? o : [o, o]))];
    const current = spec.value === undefined || spec.value === null ? '' : String(spec.value);
    return h('select', common, options.map(([value, label]) =>
      h('option', { value, selected: value === current }, label)));
  }
  if (spec.type === 'textarea') {
    return h('textarea', { ...common, rows: spec.rows || 3 }, spec.value ?? '');
  }
  const inputType = { number: 'text', date: 'date', time: 'time', password: 'password', search: 'search' }[spec.type] || 'text';
  return h('input', {
    ...common, type: inputType, value: spec.value ?? '',
    inputmode: spec.type === 'number' ? (spec.integer ? 'numeric' : 'decimal') : null,
    autocomplete: spec.autocomplete || (spec.type === 'password' ? 'current-password' : 'off'),
    placeholder: spec.placeholder || null, size: spec.size || null,
  });
}

// One labelled input: {name, label, type: text|number|date|time|select|bool|textarea|password,
// value, options, required, hint, unit, path (the API field it is sent as)}.
export function field(spec) {
  const id = nextId(spec.path || spec.name);
  const hintId = spec.hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  const input = control(spec, id, [hintId, errorId].filter(Boolean).join(' '));
  const label = h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null);
  const wrap = h('div', { class: `field ${spec.class || ''} ${spec.unit ? 'has-unit' : ''}` },
    label,
    spec.unit ? h('div', { class: 'input-unit' }, input, h('span', { class: 'unit' }, spec.unit)) : input,
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }));
  wrap.input = input;
  return wrap;
}

// The value of one input as the API wants it: '' -> null; numbers parsed when they are
// numbers, else sent as typed so the server names the problem; bool selects as booleans.
export function valueOf(input) {
  const raw = input.type === 'checkbox' ? input.checked : input.value;
  const type = input.dataset.type;
  if (type === 'checkbox') return input.checked;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (type === 'number') {
    const text = raw.trim().replace(',', '.');
    return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : raw.trim();
  }
  if (type === 'bool') return raw === 'true';
  return raw;
}

// The values of every [data-field] input inside `root`, keyed by data-field.
export function readFields(root) {
  const values = {};
  for (const input of root.querySelectorAll('[data-field]')) {
    if (input.disabled) continue;
    values[input.dataset.field] = valueOf(input);
  }
  return values;
}

export function clearErrors(root) {
  for (const el of root.querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of root.querySelectorAll('.field-error')) {
    el.hidden = true;
    el.textContent = '';
  }
  for (const el of root.querySelectorAll('.field.invalid')) el.classList.remove('invalid');
  const summary = root.querySelector('.error-summary');
  if (summary) summary.remove();
}

// The server's message with its field name ("assessment.mmt: 140 is ...") replaced by the
// input's label ("MMT score: 140 is ...").
function withLabel(input, error) {
  const label = input.labels && input.labels[0] ? input.labels[0].firstChild.textContent.trim() : input.getAttribute('aria-label');
  const prefix = `${error.field}:`;
  return label && error.message.startsWith(prefix) ? `${label}:${error.message.slice(prefix.length)}` : error.message;
}

function errorSlot(input) {
  const ids = (input.getAttribute('aria-describedby') || '').split(' ');
  return ids.map((id) => document.getElementById(id)).find((el) => el && el.classList.contains('field-error'));
}

// Shows a 422's errors at their fields (field names after `strip` prefixes are removed;
// `rename` maps API names to data-field names) and a summary at the top of `root` with a
// link to each. Returns the summary element.
export function showErrors(root, errors, { strip = [], rename = {}, title, live = false, only = null } = {}) {
  clearErrors(root);
  const items = [];
  const placed = [];
  for (const error of errors) {
    let name = error.field || '';
    for (const prefix of strip) if (name.startsWith(prefix)) name = name.slice(prefix.length);
    name = rename[name] || name;
    const input = root.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (only && !(input && only(input))) continue;
    const slot = input && errorSlot(input);
    if (input && slot) {
      const message = withLabel(input, error);
      input.setAttribute('aria-invalid', 'true');
      slot.hidden = false;
      slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
      const wrap = input.closest('.field');
      if (wrap) wrap.classList.add('invalid');
      placed.push([input, h('li', h('a', { href: `#${input.id}`, onclick: (e) => { e.preventDefault(); input.focus(); } }, message))]);
    } else {
      items.push(h('li', error.message));
    }
  }
  // The summary lists the fields in the order of the form.
  placed.sort(([a], [b]) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  items.unshift(...placed.map(([, item]) => item));
  if (live) return null;
  const summary = h('div', { class: 'error-summary alert alert-error', role: 'alert', tabindex: '-1' },
    h('h2', title || `Nothing was saved: ${errors.length === 1 ? '1 entry needs' : `${errors.length} entries need`} correcting`),
    h('ul', items));
  root.prepend(summary);
  summary.focus();
  return summary;
}

// Shows an ApiError from a save at the top of `root`: field errors (422), the conflict
// message with a reload button (409), or the message. `onReload` reloads the record.
export function showSaveError(root, error, opts = {}) {
  if (error.isInvalid && error.errors.length) return showErrors(root, error.errors, opts);
  clearErrors(root);
  const isConflict = error.isConflict;
  const box = h('div', { class: `error-summary alert ${isConflict ? 'alert-conflict' : 'alert-error'}`, role: 'alert', tabindex: '-1' },
    h('h2', isConflict ? 'Not saved: someone else changed this record' : opts.title || 'Not saved'),
    h('p', error.message),
    isConflict && opts.onReload
      ? h('p', 'What you typed is still in the form below. Load the current version, check it, and make your change again.',
        ' ', h('button', { type: 'button', class: 'btn btn-secondary', onclick: opts.onReload }, 'Load the current version'))
      : null);
  root.prepend(box);
  box.focus();
  return box;
}

let dialogCount = 0;

// A modal dialog with a form: `fields` are nodes; `onSubmit(form)` resolves to a value to
// close with, or throws an ApiError to show in the dialog. Resolves to null when cancelled.
export function formDialog({ title, intro, fields, submitLabel = 'Save', danger = false, onSubmit, wide = false, onReload }) {
  dialogCount += 1;
  const titleId = `dialog-title-${dialogCount}`;
  return new Promise((resolve) => {
    const form = h('form', { method: 'dialog', class: 'dialog-form', novalidate: true },
      intro || null, ...fields,
      h('div', { class: 'actions' },
        h('button', { type: 'submit', class: `btn ${danger ? 'btn-danger' : 'btn-primary'}`, value: 'ok' }, submitLabel),
        h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => dialog.close('cancel') }, 'Cancel')));
    const dialog = h('dialog', { class: `dialog ${wide ? 'dialog-wide' : ''}`, 'aria-labelledby': titleId },
      h('h2', { id: titleId }, title), form);
    let result = null;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        result = await onSubmit(form);
        dialog.close('ok');
      } catch (error) {
        if (!error.status && error.status !== 0) throw error;
        showSaveError(form, error, onReload ? { onReload: () => { dialog.close('cancel'); onReload(); } } : {});
      } finally {
        button.disabled = false;
      }
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      resolve(dialog.returnValue === 'ok' ? result : null);
    });
    document.body.append(dialog);
    dialog.showModal();
    const first = form.querySelector('input:not([type=hidden]), select, textarea');
    if (first) first.focus();
  });
}

// Asks why saved data are being changed (every edit needs a reason, docs/api.md), listing
// the changes. Resolves to the reason, or null when cancelled.
export function askReason(changes, title = 'Reason for the change') {
  const reason = field({ name: 'reason', label: 'Reason for the change', type: 'textarea', required: true, rows: 2,
    hint: 'Saved in the audit trail with the old and new values, your name and the time.' });
  const list = h('table', { class: 'data-table changes' },
    h('thead', h('tr', h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Saved'), h('th', { scope: 'col' }, 'New'))),
    h('tbody', changes.map((c) => h('tr', h('td', c.label), h('td', show(c.old)), h('td', h('strong', show(c.new)))))));
  return formDialog({
    title,
    intro: h('div', { class: 'table-wrap' }, list),
    fields: [reason],
    submitLabel: 'Save the change',
    onSubmit: async () => {
      const text = reason.input.value.trim();
      if (!text) {
        const error = new Error('reason: an edit of saved data needs a reason');
        error.status = 422;
        error.isInvalid = true;
        error.errors = [{ field: 'reason', message: 'Reason for the change: please say why the saved data change' }];
        throw error;
      }
      return text;
    },
  });
}

function show(value) {
  return value === null || value === undefined || value === '' ? '(empty)' : String(value);
}

// The label of the input sent as `name` inside `root` (for change lists), else the name.
export function labelFor(root, name) {
  const input = root.querySelector(`[data-field="${CSS.escape(name)}"]`);
  const label = input && input.labels && input.labels[0];
  return label ? label.firstChild.textContent.trim() : name;
}

// The fields of `next` that differ from `saved` (numbers compared as numbers).
export function changedFields(saved, next) {
  const out = {};
  for (const [key, value] of Object.entries(next)) {
    const old = saved[key] ?? null;
    const same = old === value || (old !== null && value !== null && typeof value === 'number' && Number(old) === value) ||
      (old === '' && value === null);
    if (!same) out[key] = value;
  }
  return out;
}

export function busy(button, text) {
  const original = button.textContent;
  button.disabled = true;
  button.textContent = text;
  return () => {
    button.disabled = false;
    button.textContent = original;
  };
}

export function emptyNode(el) {
  return clear(el);
}

// Unsaved input. Every form of the pages and dialogs is watched, with nothing to do in the
// page: a form's values are noted when the focus first enters it (before anything can be
// typed) and it holds unsaved input while it is on the page, something was typed into it
// and its values differ from those noted. Saving leaves the page or re-renders it (the form
// goes); a form that stays after a save calls markSaved(form). Search and filter forms
// (role="search") are left out: they hold no data.
const watched = new Map(); // form -> { values: string | null, touched: boolean }

function watchable(form) {
  return form instanceof HTMLFormElement && form.getAttribute('role') !== 'search';
}

// The non-empty values of the form's controls in document order, so that an empty row
// added or removed is no change.
function formValues(form) {
  const values = [];
  for (const el of form.elements) {
    if (!('value' in el) || el instanceof HTMLOutputElement || ['submit', 'button', 'hidden'].includes(el.type)) continue;
    const key = el.name || el.id;
    if (el.type === 'checkbox' || el.type === 'radio') {
      if (el.checked && el.value !== '') values.push(`${key}=${el.value}`);
    } else if (el.value !== '') {
      values.push(`${key}=${el.value}`);
    }
  }
  return JSON.stringify(values);
}

document.addEventListener('focusin', (event) => {
  const form = event.target.form || event.target.closest?.('form');
  if (watchable(form) && !watched.has(form)) watched.set(form, { values: formValues(form), touched: false });
});

for (const type of ['input', 'change']) {
  document.addEventListener(type, (event) => {
    const form = event.target.form || event.target.closest?.('form');
    if (!watchable(form)) return;
    const entry = watched.get(form);
    if (entry) entry.touched = true;
    else watched.set(form, { values: null, touched: true }); // changed before any focus
  }, true);
}

// Whether any form on the page holds input that leaving would lose.
export function hasUnsavedInput() {
  for (const [form, entry] of watched) {
    if (!form.isConnected) {
      watched.delete(form);
      continue;
    }
    if (entry.touched && (entry.values === null || entry.values !== formValues(form))) return true;
  }
  return false;
}

// The page is being left: its forms' input is given up.
export function forgetUnsavedInput() {
  watched.clear();
}

// The form's values are saved: they are what leaving would keep.
export function markSaved(form) {
  watched.set(form, { values: formValues(form), touched: false });
}

export const UNSAVED_MESSAGE = 'You have typed data that is not saved. Leave this page and lose it?';
