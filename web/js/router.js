// Client-side routing with the History API: page addresses such as /patients/SEED-01 are
// real URLs (the server answers them with index.html), so they can be bookmarked, reloaded
// and opened in a new tab. Each route names a page module in js/pages/ loaded on demand.
//
// Leaving a page the user has typed into without saving asks first (setLeaveGuard): a
// link clicked, Back or Forward, closing or reloading the tab. A link inside the form being
// left is that form's own way out (Cancel) and does not ask; nor does a page's own
// navigate() or reload() (after a save, or "Load the current version").

const routes = [];
let renderRoute = null;
let generation = 0;
let guard = { unsaved: () => false, message: '', forget: () => {} };
let position = 0; // this entry's place in the session history (history.state.position)
let undoing = false; // a popstate caused by putting back a refused Back/Forward
let shown = ''; // path and query of the page rendered last

// pattern: '/patients/:patient/visits/:week'; page: module name; roles: who may open it.
export function addRoute(pattern, page, roles) {
  const names = [];
  const source = pattern.replace(/:[a-z]+/g, (m) => {
    names.push(m.slice(1));
    return '([^/]+)';
  });
  routes.push({ pattern, page, roles, names, regex: new RegExp(`^${source}/?$`) });
}

export function match(pathname) {
  for (const route of routes) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    const params = {};
    route.names.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1]);
    });
    return { route, params };
  }
  return null;
}

// `unsaved()` says whether anything typed would be lost by leaving the page; `message` is
// the question asked then; `forget()` is called when a page is left (what it held is given
// up: the user agreed, or the page itself moved on).
export function setLeaveGuard(unsaved, message, forget) {
  guard = { unsaved, message, forget };
}

// Whether the page may be left now: nothing unsaved, or the user agrees to lose it.
export function mayLeave() {
  return !guard.unsaved() || window.confirm(guard.message);
}

// The page to show now; later navigations make earlier renders stale (see isCurrent).
export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState({ position }, '', url);
  else {
    position += 1;
    history.pushState({ position }, '', url);
  }
  return dispatch();
}

export function reload() {
  return dispatch({ keepScroll: true });
}

function dispatch(opts = {}) {
  guard.forget();
  generation += 1;
  const token = generation;
  shown = location.pathname + location.search;
  return renderRoute(location.pathname, new URLSearchParams(location.search), token, opts);
}

// A render started for `token` is still wanted when no navigation happened since.
export function isCurrent(token) {
  return token === generation;
}

function onPopState(event) {
  if (undoing) {
    undoing = false;
    return;
  }
  const state = event.state;
  if (location.pathname + location.search === shown) {
    // Only the fragment changed (a skip link, an in-page anchor): the same page stays.
    if (!state || typeof state.position !== 'number') history.replaceState({ position: position + 1 }, '');
    position = history.state.position;
    return;
  }
  const to = state && typeof state.position === 'number' ? state.position : null;
  if (!mayLeave()) {
    // Put the address of the page still shown back.
    if (to !== null && to !== position) {
      undoing = true;
      history.go(position - to);
    } else {
      position += 1;
      history.pushState({ position }, '', shown);
    }
    return;
  }
  position = to ?? position + 1;
  if (to === null) history.replaceState({ position }, '');
  dispatch();
}

export function startRouter(render) {
  renderRoute = render;
  position = history.state && typeof history.state.position === 'number' ? history.state.position : 0;
  history.replaceState({ position }, '');
  window.addEventListener('popstate', onPopState);
  window.addEventListener('beforeunload', (event) => {
    if (!guard.unsaved()) return;
    event.preventDefault();
    event.returnValue = guard.message; // older browsers want a value; none shows it
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = event.target.closest('a[href]');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    if (!a.closest('form') && !mayLeave()) return;
    navigate(url.pathname + url.search + url.hash);
  });
  return dispatch();
}
