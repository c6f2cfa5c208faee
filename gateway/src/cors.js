// CORS for the app's origins only. A disallowed origin gets no Access-Control-Allow-Origin header,
// so the browser refuses the response; non-browser clients are unaffected, as CORS intends.

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'authorization, content-type, x-request-id, apollo-require-preflight';
const PREFLIGHT_MAX_AGE_SECONDS = '600';

/** Headers to add to an ordinary (non-preflight) response for a request from `origin`. */
export function corsResponseHeaders(allowedOrigins, origin) {
  const headers = { vary: 'Origin' };
  if (origin && allowedOrigins.includes(origin)) {
    headers['access-control-allow-origin'] = origin;
    headers['access-control-allow-credentials'] = 'true';
    headers['access-control-expose-headers'] = 'x-request-id';
  }
  return headers;
}

/** Status and headers answering a preflight (OPTIONS) request from `origin`. */
export function corsPreflight(allowedOrigins, origin) {
  const headers = corsResponseHeaders(allowedOrigins, origin);
  if (!headers['access-control-allow-origin']) {
    return { status: 403, headers };
  }
  return {
    status: 204,
    headers: {
      ...headers,
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
    },
  };
}
