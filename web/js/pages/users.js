// User administration (admins): list (GET /api/v1/users), add (POST), change role, site,
// password or disable (PATCH with the version read). Investigators need a site.

import { api } from '../api.js';
import { h, table, pill, stamp, words, toast, put } from '../dom.js';
import { field, readFields, formDialog, showSaveError, clearErrors, busy } from '../forms.js';
import { reload } from '../router.js';

const ROLES = ['investigator', 'monitor', 'statistician', 'admin'];

function siteField(study, value) {
  return field({ name: 'site', label: 'Site', type: 'select', value: value ?? '', blank: true,
    options: [['', 'no site'], ...study.sites.map((st) => [st, st])], hint: 'Investigators only: they see and edit this site’s patients.' });
}

async function editUser(user, study) {
  const role = field({ name: 'role', label: 'Role', type: 'select', value: user.role, options: ROLES.map((r) => [r, words(r)]) });
  const site = siteField(study, user.site);
  const password = field({ name: 'password', label: 'New password', type: 'password', autocomplete: 'new-password',
    hint: 'Leave empty to keep the password. At least 10 characters, not the user name. Ends the user’s sessions.' });
  const saved = await formDialog({
    title: `Change user ${user.name}`,
    fields: [role, site, password],
    onReload: () => reload(),
    onSubmit: async (form) => {
      const v = readFields(form);
      const body = { version: user.version };
      if (v.role !== user.role) body.role = v.role;
      if ((v.site ?? null) !== (user.site ?? null)) body.site = v.site;
      if (v.password) body.password = v.password;
      return (await api.patch(`/users/${encodeURIComponent(user.name)}`, body)).user;
    },
  });
  if (saved) {
    toast(`User ${saved.name} saved.`);
    reload();
  }
}

async function toggleUser(user) {
  const disable = !user.disabled;
  const saved = await formDialog({
    title: `${disable ? 'Disable' : 'Enable'} user ${user.name}`,
    intro: h('p', disable ? 'The user cannot sign in any more and their sessions end now. Their records and audit entries stay.' : 'The user can sign in again.'),
    fields: [],
    submitLabel: disable ? 'Disable' : 'Enable',
    danger: disable,
    onReload: () => reload(),
    onSubmit: async () => (await api.patch(`/users/${encodeURIComponent(user.name)}`, { version: user.version, disabled: disable })).user,
  });
  if (saved) {
    toast(`User ${saved.name} ${saved.disabled ? 'disabled' : 'enabled'}.`);
    reload();
  }
}

export async function render({ main, state, isCurrent }) {
  const study = state.study;
  const data = await api.get('/users');
  if (!isCurrent()) return;
  const add = h('button', { type: 'submit', class: 'btn btn-primary', id: 'add-user' }, 'Add the user');
  const form = h('form', { class: 'card add-user', novalidate: true, 'aria-labelledby': 'h-add' },
    h('h2', { id: 'h-add' }, 'Add a user'),
    h('div', { class: 'form-grid' },
      field({ name: 'name', label: 'User name', required: true, hint: 'Letters, digits, . _ - @; unique.' }),
      field({ name: 'role', label: 'Role', type: 'select', required: true, options: ROLES.map((r) => [r, words(r)]) }),
      siteField(study, ''),
      field({ name: 'password', label: 'Initial password', type: 'password', required: true, autocomplete: 'new-password',
        hint: 'At least 10 characters; give it to the user in person.' })),
    h('div', { class: 'form-actions' }, add));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const v = readFields(form);
    const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null));
    const done = busy(add, 'Adding…');
    try {
      const answer = await api.post('/users', body);
      clearErrors(form);
      toast(`User ${answer.user.name} added.`);
      reload();
    } catch (error) {
      done();
      showSaveError(form, error);
    }
  });
  put(main, 
    h('div', { class: 'page-head' }, h('div', h('h1', 'Users'),
      h('p', { class: 'muted' }, 'Investigators see and edit their own site; monitors read every site and raise queries; statisticians read pseudonymised data and run the analysis; admins manage users.'))),
    h('section', { class: 'card' },
      table([
        { label: 'Name', cell: (u) => h('strong', u.name) },
        { label: 'Role', cell: (u) => words(u.role) },
        { label: 'Site', cell: (u) => u.site || '–' },
        { label: 'Created', cell: (u) => stamp(u.created_utc) },
        { label: 'Status', cell: (u) => (u.disabled ? pill('disabled', 'muted') : pill('active', 'good')) },
        { label: 'Actions', cell: (u) => h('div', { class: 'row-actions' },
          h('button', { type: 'button', class: 'btn btn-small btn-secondary', 'aria-label': `Change ${u.name}`, onclick: () => editUser(u, study) }, 'Change'),
          h('button', { type: 'button', class: 'btn btn-small btn-quiet', 'aria-label': `${u.disabled ? 'Enable' : 'Disable'} ${u.name}`,
            onclick: () => toggleUser(u) }, u.disabled ? 'Enable' : 'Disable')) },
      ], data.users, { empty: 'No user yet.' })),
    form);
}
