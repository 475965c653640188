// The application shell: finds out who is signed in (GET /api/v1/session), loads the study
// (GET /api/v1/study), draws the role-aware navigation and renders the page of the address.
// The navigation only mirrors the roles: the server refuses whatever a role may not do.

import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from './api.js';
import { h, clear, pill, words, put, add } from './dom.js';
import { addRoute, match, navigate, startRouter, isCurrent, setLeaveGuard, mayLeave } from './router.js';
import { hasUnsavedInput, forgetUnsavedInput, UNSAVED_MESSAGE } from './forms.js';

const INV = 'investigator';
const MON = 'monitor';
const STAT = 'statistician';
const ADMIN = 'admin';
const READERS = [INV, MON, STAT];

addRoute('/login', 'login', null);
addRoute('/', 'home', null);
addRoute('/dashboard', 'dashboard', READERS);
addRoute('/patients', 'patients', READERS);
addRoute('/patients/new', 'enrol', [INV]);
addRoute('/patients/:patient', 'patient', READERS);
addRoute('/patients/:patient/audit', 'audit', [INV, MON]);
addRoute('/patients/:patient/courses/new', 'course_plan', [INV]);
addRoute('/patients/:patient/courses/:course', 'infusion_log', READERS);
addRoute('/patients/:patient/visits/new', 'visit', [INV]);
addRoute('/patients/:patient/visits/:visit', 'visit', [INV]);
addRoute('/patients/:patient/adverse-events/new', 'adverse_event', [INV]);
addRoute('/patients/:patient/adverse-events/:event', 'adverse_event', [INV]);
addRoute('/queries', 'queries', READERS);
addRoute('/report', 'report', [STAT, MON]);
addRoute('/users', 'users', [ADMIN]);

// Who is signed in and the study they work on; null when signed out.
export const state = { session: null, study: null };

export function role() {
  return state.session ? state.session.user.role : null;
}

export function homePath() {
  return role() === ADMIN ? '/users' : '/dashboard';
}

function navItems() {
  const items = {
    [INV]: [['/dashboard', 'Dashboard'], ['/patients', 'Patients'], ['/patients/new', 'Enrol patient'], ['/queries', 'Queries']],
    [MON]: [['/dashboard', 'Dashboard'], ['/patients', 'Patients'], ['/queries', 'Queries']],
    [STAT]: [['/dashboard', 'Dashboard'], ['/patients', 'Patients'], ['/queries', 'Queries'], ['/report', 'Analysis report']],
    [ADMIN]: [['/users', 'Users']],
  };
  const list = items[role()] || [];
  if (role() === MON && state.study && !state.study.design.blinded) list.push(['/report', 'Analysis report']);
  return list;
}

function drawShell() {
  const nav = clear(document.getElementById('app-nav'));
  const user = clear(document.getElementById('app-user'));
  const brand = clear(document.getElementById('brand-study'));
  const banner = document.getElementById('synthetic-banner');
  banner.hidden = true;
  if (!state.session) return;
  const study = state.study;
  if (study) {
    brand.append(h('span', { class: 'study-id' }, study.study_id),
      h('span', { class: 'study-protocol' }, `${study.protocol.id} v${study.protocol.version}`));
    brand.title = study.protocol.title;
    if (study.synthetic) {
      banner.hidden = false;
      put(banner, h('strong', 'SYNTHETIC DATA'), ' · ', study.description);
    }
  }
  const here = location.pathname;
  const items = navItems();
  const best = items.map(([href]) => href).filter((href) => here === href || here.startsWith(href + '/'))
    .sort((a, b) => b.length - a.length)[0];
  nav.append(h('ul', items.map(([href, label]) => h('li',
    h('a', { href, 'aria-current': href === best && !(href === '/patients' && here === '/patients/new') ? 'page' : null }, label)))));
  const u = state.session.user;
  add(user,
    h('span', { class: 'user-name' }, u.name),
    pill(words(u.role), 'role'),
    u.site ? h('span', { class: 'user-site', title: 'Your site' }, u.site) : null,
    h('button', { type: 'button', class: 'btn btn-quiet', id: 'logout', onclick: logout }, 'Log out'));
}

async function logout() {
  if (!mayLeave()) return;
  try {
    await api.del('/session');
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
  }
  state.session = null;
  state.study = null;
  setCsrfToken(null);
  navigate('/login');
}

// Called by the login page with the POST /session answer.
export async function signedIn(session) {
  state.session = session;
  setCsrfToken(session.csrf_token);
  state.study = await api.get('/study');
}

async function loadSession() {
  try {
    const session = await api.get('/session', { quiet401: true });
    await signedIn(session);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    state.session = null;
  }
}

function problemPage(main, title, message) {
  put(main, h('div', { class: 'page-head' }, h('h1', title)),
    h('div', { class: 'alert alert-error', role: 'alert' }, message),
    h('p', h('a', { href: homePath() }, 'Back to the start page')));
}

async function render(pathname, query, token, { keepScroll = false } = {}) {
  const scrolledTo = keepScroll ? window.scrollY : null;
  const main = document.getElementById('main');
  const found = match(pathname);
  if (!state.session && (!found || found.route.page !== 'login')) {
    const next = pathname === '/' || pathname === '/login' ? '' : `?next=${encodeURIComponent(pathname + location.search)}`;
    return navigate(`/login${next}`, { replace: true });
  }
  drawShell();
  if (!found) return problemPage(main, 'Page not found', `There is no page at ${pathname}.`);
  if (found.route.page === 'home') return navigate(homePath(), { replace: true });
  if (found.route.roles && !found.route.roles.includes(role())) {
    return problemPage(main, 'Not available for your role',
      `The ${words(role())} role cannot open this page.`);
  }
  main.setAttribute('aria-busy', 'true');
  try {
    const page = await import(`./pages/${found.route.page}.js`);
    if (!isCurrent(token)) return;
    const ctx = { main, params: found.params, query, state, token, role: role(), isCurrent: () => isCurrent(token) };
    await page.render(ctx);
    if (!isCurrent(token)) return;
    const heading = main.querySelector('h1');
    document.title = heading ? `${heading.textContent} · myoivig` : 'myoivig';
    if (!main.contains(document.activeElement) || document.activeElement === document.body) main.focus({ preventScroll: true });
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (scrolledTo !== null) window.scrollTo(0, scrolledTo);
    else if (target) target.scrollIntoView();
    else window.scrollTo(0, 0);
  } catch (error) {
    if (!isCurrent(token)) return;
    if (error instanceof ApiError && error.status === 401) return;
    if (error instanceof ApiError && error.status === 404) {
      problemPage(main, 'Not found', `${error.message}. A patient of another site is not shown to you.`);
    } else if (error instanceof ApiError && error.status === 403) {
      problemPage(main, 'Not allowed', error.message);
    } else {
      problemPage(main, 'Something went wrong', error.message || String(error));
      console.error(error);
    }
  } finally {
    main.removeAttribute('aria-busy');
  }
}

// Typed but unsaved input is only asked about while signed in (the sign-in form holds none).
setLeaveGuard(() => Boolean(state.session) && hasUnsavedInput(), UNSAVED_MESSAGE, forgetUnsavedInput);

setUnauthorizedHandler(() => {
  if (location.pathname === '/login') return;
  state.session = null;
  navigate(`/login?next=${encodeURIComponent(location.pathname + location.search)}&expired=1`, { replace: true });
});

async function boot() {
  try {
    await loadSession();
  } catch (error) {
    const main = document.getElementById('main');
    problemPage(main, 'The server cannot be reached', error.message);
    return;
  }
  await startRouter(render);
}

boot();
