// Sign in: POST /api/v1/session; then back to the page the user came for.

import { api } from '../api.js';
import { h, put } from '../dom.js';
import { field, showSaveError, busy } from '../forms.js';
import { signedIn, homePath, state } from '../app.js';
import { navigate } from '../router.js';

function safeNext(query) {
  const next = query.get('next') || '';
  return next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : null;
}

export async function render({ main, query }) {
  if (state.session) return navigate(safeNext(query) || homePath(), { replace: true });
  const name = field({ name: 'name', label: 'User name', required: true, autocomplete: 'username' });
  const password = field({ name: 'password', label: 'Password', type: 'password', required: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Sign in');
  const form = h('form', { class: 'login-form', novalidate: true }, name, password, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const done = busy(submit, 'Signing in…');
    try {
      const session = await api.post('/session', { name: name.input.value.trim(), password: password.input.value },
        { quiet401: true });
      await signedIn(session);
      navigate(safeNext(query) || homePath(), { replace: true });
    } catch (error) {
      password.input.value = '';
      if (error.status === 401) error.message = 'Wrong user name or password.';
      if (error.status === 429) error.message = 'Too many failed sign-ins: wait 15 minutes, or ask the administrator.';
      showSaveError(form, error, { title: 'Not signed in' });
      done();
    }
  });
  put(main, h('div', { class: 'login-page' },
    h('div', { class: 'login-card card' },
      h('h1', 'Sign in'),
      h('p', { class: 'muted' }, 'IVIG in idiopathic inflammatory myopathy: the study’s data entry and review.'),
      query.get('expired') ? h('div', { class: 'alert alert-info', role: 'status' }, 'Your session has ended. Sign in again to continue.') : null,
      form,
      h('p', { class: 'small muted' }, 'Accounts are created by the study administrator. Sessions end after 8 hours or when you log out.'))));
  name.input.focus();
}
