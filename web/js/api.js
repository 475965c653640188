// The JSON API client (docs/api.md): sends the session's CSRF token as X-CSRF-Token on every
// write, turns error bodies into ApiError values, and sends the browser to the login page
// when the session has ended.

let csrfToken = null;
let onUnauthorized = () => {};

export class ApiError extends Error {
  constructor(status, body) {
    const error = (body && body.error) || {};
    super(error.message || `request failed with status ${status}`);
    this.status = status;
    this.code = error.code || 'http_' + status;
    this.errors = (body && body.errors) || [];
    this.body = body;
  }

  get isConflict() {
    return this.status === 409;
  }

  get isInvalid() {
    return this.status === 422;
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

export function setUnauthorizedHandler(handler) {
  onUnauthorized = handler;
}

async function request(method, path, body, { quiet401 = false } = {}) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin' };
  if (method !== 'GET') {
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  let response;
  try {
    response = await fetch(`/api/v1${path}`, init);
  } catch (cause) {
    const error = new ApiError(0, { error: { code: 'network', message: 'the server cannot be reached: check the connection and try again' } });
    error.cause = cause;
    throw error;
  }
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('application/json') ? await response.json().catch(() => null) : await response.text();
  if (response.ok) return data;
  const error = new ApiError(response.status, typeof data === 'object' ? data : null);
  if (response.status === 401 && !quiet401) onUnauthorized();
  throw error;
}

export const api = {
  get: (path, opts) => request('GET', path, undefined, opts),
  post: (path, body, opts) => request('POST', path, body ?? {}, opts),
  patch: (path, body, opts) => request('PATCH', path, body, opts),
  del: (path, opts) => request('DELETE', path, undefined, opts),
};

// A query string from an object, leaving out empty values.
export function query(params) {
  const entries = Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return entries.length ? '?' + new URLSearchParams(entries).toString() : '';
}

export function patientPath(patientId) {
  return `/patients/${encodeURIComponent(patientId)}`;
}

// URL kinds of records (PATCH /patients/{p}/<kind>/{id}) and the audit entities they are
// stored under (GET /patients/{p}/audit?entity=...).
export const KIND_ENTITY = {
  conditions: 'conditions',
  'steroid-doses': 'steroid_doses',
  visits: 'visits',
  assessments: 'assessments',
  'muscle-grades': 'muscle_grades',
  'adverse-events': 'adverse_events',
  infusions: 'infusions',
  courses: 'courses',
};

export const ENTITY_KIND = Object.fromEntries(Object.entries(KIND_ENTITY).map(([k, e]) => [e, k]));
