// The gateway's HTTP surface: /graphql (and /) through Apollo Server, /healthz, /readyz, /metrics,
// CORS preflight, a request id on every response, and one JSON log line and metric per request.

import { clientAddressOf } from './client-address.js';
import { corsPreflight, corsResponseHeaders } from './cors.js';
import { readGraphQLRequest, RequestRejected } from './graphql-request.js';
import { routeLabel } from './metrics.js';
import { requestIdFor } from './request-id.js';

const GRAPHQL_PATHS = new Set(['/', '/graphql']);

function sendJson(res, status, payload) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

function sendError(res, status, code, message) {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

async function sendApolloResponse(res, response) {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === 'complete') {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

async function serveGraphQL({ apollo, settings }, req, res, { url, requestId, logFields }) {
  const httpGraphQLRequest = await readGraphQLRequest(req, url, settings.limits);
  // Apollo's contextValue (shallow-copied by Apollo, so requestLog stays this request's log fields):
  // read by ForwardingDataSource and by the requestLogPlugin.
  const contextValue = {
    authorization: req.headers.authorization, requestId, clientAddress: clientAddressOf(req), requestLog: logFields,
  };
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: async () => contextValue,
  });
  await sendApolloResponse(res, response);
}

async function route(deps, req, res, request) {
  const { url } = request;
  if (req.method === 'OPTIONS') {
    const preflight = corsPreflight(deps.settings.corsOrigins, req.headers.origin);
    for (const [key, value] of Object.entries(preflight.headers)) res.setHeader(key, value);
    res.statusCode = preflight.status;
    res.end();
  } else if (url.pathname === '/healthz' && req.method === 'GET') {
    sendJson(res, 200, { status: 'ok', service: 'gateway' });
  } else if (url.pathname === '/readyz' && req.method === 'GET') {
    const readiness = await deps.readiness();
    sendJson(res, readiness.ready ? 200 : 503, {
      status: readiness.ready ? 'ready' : 'not_ready', service: 'gateway', subgraphs: readiness.subgraphs,
    });
  } else if (url.pathname === '/metrics' && req.method === 'GET') {
    res.statusCode = 200;
    res.setHeader('content-type', 'text/plain; version=0.0.4; charset=utf-8');
    res.end(deps.metrics.render());
  } else if (GRAPHQL_PATHS.has(url.pathname)) {
    await serveGraphQL(deps, req, res, request);
  } else {
    sendError(res, 404, 'NOT_FOUND', `no route for ${req.method} ${url.pathname}`);
  }
}

function failureOf(error) {
  if (error instanceof RequestRejected) return error;
  return new RequestRejected(500, 'INTERNAL_SERVER_ERROR', 'internal error');
}

function handleFailure(deps, res, error, logFields) {
  const failure = failureOf(error);
  logFields.error_code = failure.code;
  if (failure.status >= 500) {
    deps.log('error', 'http.unexpected_error', { request_id: logFields.request_id, error: String(error?.stack ?? error) });
  }
  if (failure.status === 413) res.setHeader('connection', 'close');
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendError(res, failure.status, failure.code, failure.message);
}

/** The request's URL, or null for a request target that is not one (e.g. `http://[zz/`). */
function requestUrl(req) {
  try {
    return new URL(req.url ?? '/', 'http://gateway.invalid');
  } catch {
    return null;
  }
}

/**
 * Builds the Node request listener. `deps` = { apollo (started ApolloServer), settings, log, metrics,
 * readiness (a shared readinessProbe) }.
 */
export function createRequestHandler(deps) {
  return async function handleRequest(req, res) {
    const startedAt = process.hrtime.bigint();
    const requestId = requestIdFor(req.headers['x-request-id']);
    const url = requestUrl(req);
    const logFields = { request_id: requestId, method: req.method, path: url?.pathname ?? req.url };
    res.setHeader('x-request-id', requestId);
    const cors = corsResponseHeaders(deps.settings.corsOrigins, req.headers.origin);
    for (const [key, value] of Object.entries(cors)) res.setHeader(key, value);
    res.on('close', () => {
      const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
      deps.log('info', 'http.request', { ...logFields, status: res.statusCode, duration_ms: Math.round(seconds * 1e4) / 10 });
      // A client that went away before the answer is counted as `aborted`, not as the default 200.
      const status = res.writableFinished ? res.statusCode : 'aborted';
      deps.metrics.observeRequest({ method: req.method, route: routeLabel(url?.pathname), status, seconds });
    });
    if (url === null) {
      sendError(res, 400, 'BAD_REQUEST', 'malformed request target');
      return;
    }
    try {
      await route(deps, req, res, { url, requestId, logFields });
    } catch (error) {
      handleFailure(deps, res, error, logFields);
    }
  };
}
