// Client-side routing with the History API: page addresses such as /patients/SEED-01 are
// real URLs (the server answers them with index.html), so they can be bookmarked, reloaded
// and opened in a new tab. Each route names a page module in js/pages/ loaded on demand.

const routes = [];
let renderRoute = null;
let generation = 0;

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

// The page to show now; later navigations make earlier renders stale (see isCurrent).
export function navigate(url, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  return dispatch();
}

export function reload() {
  return dispatch({ keepScroll: true });
}

function dispatch(opts = {}) {
  generation += 1;
  const token = generation;
  return renderRoute(location.pathname, new URLSearchParams(location.search), token, opts);
}

// A render started for `token` is still wanted when no navigation happened since.
export function isCurrent(token) {
  return token === generation;
}

export function startRouter(render) {
  renderRoute = render;
  window.addEventListener('popstate', () => dispatch());
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = event.target.closest('a[href]');
    if (!a || a.target || a.hasAttribute('download')) return;
    const url = new URL(a.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
  return dispatch();
}
