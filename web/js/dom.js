// DOM helpers: an element builder that never parses HTML (so no text from the server can
// become markup), and the formatters every page shares.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'style' && typeof value === 'object') {
      Object.assign(el.style, value);
    } else if (key === 'value' && 'value' in el && !(el instanceof SVGElement)) {
      el.value = value;
    } else if (key === 'checked' || key === 'selected' || key === 'disabled') {
      el[key] = Boolean(value);
      if (value === true) el.setAttribute(key, '');
    } else {
      el.setAttribute(key === 'className' ? 'class' : key, value === true ? '' : String(value));
    }
  }
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// h('a', {href: '/x', class: 'btn'}, 'text', child, [more]) builds an HTML element.
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs && (typeof attrs !== 'object' || attrs instanceof Node || Array.isArray(attrs))) {
    children.unshift(attrs);
  } else {
    apply(el, attrs);
  }
  append(el, children);
  return el;
}

// s('line', {x1: 0, ...}) builds an SVG element.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

// Replaces the children of `el` (nulls and falses left out, unlike Element.append).
export function put(el, ...children) {
  clear(el);
  append(el, children);
  return el;
}

// Appends children to `el`, leaving out nulls and falses.
export function add(el, ...children) {
  append(el, children);
  return el;
}

// A value as shown in tables: missing values as an en dash, booleans as yes/no.
export function show(value, unit) {
  if (value === null || value === undefined || value === '') return '–';
  if (value === true) return 'yes';
  if (value === false) return 'no';
  return unit ? `${value} ${unit}` : String(value);
}

export function num(value, digits) {
  if (value === null || value === undefined || value === '' || Number.isNaN(value)) return '–';
  const n = Number(value);
  return digits === undefined ? String(n) : n.toFixed(digits);
}

// "not_recovered" -> "not recovered"
export function words(code) {
  return code === null || code === undefined ? '–' : String(code).replaceAll('_', ' ');
}

export function weekLabel(week) {
  return `week ${week}`;
}

export function todayIso() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso, days) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(fromIso, toIso) {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86400000);
}

// "2026-11-25T03:26:11.036Z" -> "2026-11-25 03:26 UTC"
export function stamp(utc) {
  if (!utc) return '–';
  return `${utc.slice(0, 10)} ${utc.slice(11, 16)} UTC`;
}

export function pill(text, kind) {
  return h('span', { class: `pill pill-${kind || 'neutral'}` }, text);
}

export function table(columns, rows, opts = {}) {
  const head = h('thead', h('tr', columns.map((c) => h('th', { scope: 'col', class: c.class }, c.label))));
  const body = h('tbody', rows.map((row) => {
    const tr = h('tr', { class: opts.rowClass ? opts.rowClass(row) : null },
      columns.map((c) => h('td', { class: c.class }, c.cell(row))));
    return tr;
  }));
  const t = h('table', { class: `data-table ${opts.class || ''}` },
    opts.caption ? h('caption', opts.caption) : null, head, body);
  if (rows.length === 0 && opts.empty) {
    body.append(h('tr', h('td', { colspan: columns.length, class: 'empty' }, opts.empty)));
  }
  return h('div', { class: 'table-wrap' }, t);
}

export function section(title, ...children) {
  const id = `sec-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { class: 'card', 'aria-labelledby': id },
    h('h2', { id }, title), ...children);
}

export function toast(message, kind = 'ok') {
  const area = document.getElementById('toasts');
  const el = h('div', { class: `toast toast-${kind}` }, message);
  area.append(el);
  setTimeout(() => el.remove(), 5000);
}

export function link(href, ...children) {
  return h('a', { href }, ...children);
}
