// The real gateway, composed from fixture SDLs, in front of two in-process federated subgraphs.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getIntrospectionQuery } from 'graphql';
import { startGateway } from '../src/gateway.js';
import { readSettings } from '../src/settings.js';
import { FEDERATED_FIXTURES, startFixtureSubgraphs } from './support/fixture-subgraphs.js';

const APP_ORIGIN = 'http://localhost:8550';
const SUBGRAPH_SECRET = 'integration-test-subgraph-secret-0123456789';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function collectingLog() {
  const lines = [];
  const log = (level, event, fields) => lines.push(JSON.parse(JSON.stringify({ level, event, ...fields })));
  return { lines, log };
}

async function startTestGateway(subgraphsSetting, env = {}) {
  const settings = readSettings({
    SUBGRAPHS: subgraphsSetting, SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', SUBGRAPH_SECRET, ...env,
  });
  const { lines, log } = collectingLog();
  return { gateway: await startGateway(settings, { log }), logLines: lines };
}

function postQuery(url, query, headers = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
}

function nestedBookingsQuery(levels) {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) selection = `bookings { organizer { ${selection} } }`;
  return `{ me { ${selection} } }`;
}

function preflight(url, origin) {
  return fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
  });
}

describe('gateway in front of federated subgraphs', () => {
  let subgraphs;
  let gateway;
  let logLines;

  before(async () => {
    subgraphs = await startFixtureSubgraphs();
    ({ gateway, logLines } = await startTestGateway(subgraphs.subgraphsSetting));
  });

  after(async () => {
    await gateway?.stop();
    await subgraphs?.stop();
  });

  test('answers a query that spans both subgraphs', async () => {
    const response = await postQuery(gateway.url, '{ me { name bookings { title } } }', { authorization: 'Bearer token-1' });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), {
      data: { me: { name: 'Lakshmi Prasanna', bookings: [{ title: 'Gruhapravesam, Vijayawada' }] } },
    });
  });

  test('forwards Authorization and the client request id to every subgraph it calls', async () => {
    const { users, calendar } = subgraphs.byName;
    const response = await postQuery(gateway.url, '{ me { bookings { id } } }', {
      authorization: 'Bearer token-2',
      'x-request-id': 'client-req-42',
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('x-request-id'), 'client-req-42');
    for (const subgraph of [users, calendar]) {
      const { authorization, requestId } = subgraph.receivedHeaders.at(-1);
      assert.deepEqual({ authorization, requestId }, { authorization: 'Bearer token-2', requestId: 'client-req-42' });
    }
  });

  test("adds the subgraphs' secret to every subgraph request, whatever the client sent", async () => {
    const { users, calendar } = subgraphs.byName;
    const response = await postQuery(gateway.url, '{ me { bookings { id } } }', {
      authorization: 'Bearer token-3', 'x-gateway-secret': 'forged-by-the-client',
    });
    assert.equal(response.status, 200);
    assert.equal(users.receivedHeaders.at(-1).gatewaySecret, SUBGRAPH_SECRET);
    assert.equal(calendar.receivedHeaders.at(-1).gatewaySecret, SUBGRAPH_SECRET);
  });

  test("forwards the client's address the edge or the app gave it, one address, never the whole chain", async () => {
    const { users } = subgraphs.byName;
    await postQuery(gateway.url, '{ user(id: "u1") { id } }', { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' });
    assert.equal(users.receivedHeaders.at(-1).forwardedFor, '203.0.113.7');
    await postQuery(gateway.url, '{ user(id: "u1") { id } }', { 'x-forwarded-for': 'not-an-address' });
    assert.equal(users.receivedHeaders.at(-1).forwardedFor, '127.0.0.1');
    await postQuery(gateway.url, '{ user(id: "u1") { id } }');
    assert.equal(users.receivedHeaders.at(-1).forwardedFor, '127.0.0.1');
  });

  test('gives a request without an id a fresh UUID and sends the same one to the subgraph', async () => {
    const response = await postQuery(gateway.url, '{ user(id: "u1") { name } }');
    const requestId = response.headers.get('x-request-id');
    assert.match(requestId, UUID);
    assert.equal(subgraphs.byName.users.receivedHeaders.at(-1).requestId, requestId);
  });

  test('replaces a request id that is not a sane token', async () => {
    const response = await postQuery(gateway.url, '{ user(id: "u1") { id } }', { 'x-request-id': 'a b\tc' });
    assert.match(response.headers.get('x-request-id'), UUID);
  });

  test('rejects a query deeper than the limit with 400 QUERY_TOO_DEEP before calling a subgraph', async () => {
    const callsBefore = subgraphs.byName.users.receivedHeaders.length;
    const response = await postQuery(gateway.url, nestedBookingsQuery(5), { 'x-request-id': 'too-deep-1' });
    assert.equal(response.status, 400);
    const body = await response.json();
    assert.equal(body.errors[0].extensions.code, 'QUERY_TOO_DEEP');
    assert.equal(subgraphs.byName.users.receivedHeaders.length, callsBefore);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(logLines.find((line) => line.request_id === 'too-deep-1')?.error_code, 'QUERY_TOO_DEEP');
  });

  test('accepts a query exactly at the depth limit', async () => {
    const response = await postQuery(gateway.url, nestedBookingsQuery(4), { authorization: 'Bearer t' });
    assert.equal(response.status, 200);
    assert.equal((await response.json()).errors, undefined);
  });

  test('rejects a query larger than the limit with 400 QUERY_TOO_LARGE', async () => {
    const response = await postQuery(gateway.url, `{ me { id } } # ${'x'.repeat(20_000)}`);
    assert.equal(response.status, 400);
    assert.equal((await response.json()).errors[0].extensions.code, 'QUERY_TOO_LARGE');
  });

  test('rejects a body larger than the body limit with 413 REQUEST_TOO_LARGE', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(200_000) } }),
    });
    assert.equal(response.status, 413);
    assert.equal((await response.json()).errors[0].extensions.code, 'REQUEST_TOO_LARGE');
  });

  test('rejects too many aliases with 400 TOO_MANY_ALIASES', async () => {
    const aliased = Array.from({ length: 31 }, (_, index) => `u${index}: user(id: "u1") { id }`).join(' ');
    const response = await postQuery(gateway.url, `{ ${aliased} }`);
    assert.equal(response.status, 400);
    assert.equal((await response.json()).errors[0].extensions.code, 'TOO_MANY_ALIASES');
  });

  test('answers malformed JSON with 400 BAD_REQUEST', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).errors[0].extensions.code, 'BAD_REQUEST');
  });

  test('allows the standard introspection query outside production', async () => {
    const response = await postQuery(gateway.url, getIntrospectionQuery());
    assert.equal(response.status, 200);
    assert.equal((await response.json()).data.__schema.queryType.name, 'Query');
  });

  test('allows a CORS preflight from the app origin', async () => {
    const response = await preflight(gateway.url, APP_ORIGIN);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.match(response.headers.get('access-control-allow-headers'), /authorization/);
  });

  test('refuses a CORS preflight from another origin', async () => {
    const response = await preflight(gateway.url, 'http://evil.example');
    assert.equal(response.status, 403);
    assert.equal(response.headers.get('access-control-allow-origin'), null);
  });

  test('exposes x-request-id to the app origin on ordinary responses', async () => {
    const response = await postQuery(gateway.url, '{ user(id: "u1") { id } }', { origin: APP_ORIGIN });
    assert.equal(response.headers.get('access-control-allow-origin'), APP_ORIGIN);
    assert.match(response.headers.get('access-control-expose-headers'), /x-request-id/);
  });

  test('answers /healthz with 200 JSON', async () => {
    const response = await fetch(new URL('/healthz', gateway.url));
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', service: 'gateway' });
  });

  test('writes one structured log line per request carrying its request id', async () => {
    const response = await postQuery(gateway.url, 'query LoggedOne { user(id: "u1") { id } }', { 'x-request-id': 'log-me-1' });
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));
    const lines = logLines.filter((line) => line.request_id === 'log-me-1');
    assert.equal(lines.length, 1);
    assert.equal(lines[0].event, 'http.request');
    assert.equal(lines[0].status, 200);
    assert.equal(lines[0].operation_name, 'LoggedOne');
    assert.equal(typeof lines[0].duration_ms, 'number');
  });
});

describe('gateway in production mode', () => {
  let gateway;

  before(async () => {
    // Nothing listens on port 9: every subgraph call fails.
    const unreachable = 'users=http://127.0.0.1:9/graphql,calendar=http://127.0.0.1:9/graphql';
    ({ gateway } = await startTestGateway(unreachable, { NODE_ENV: 'production' }));
  });

  after(async () => {
    await gateway?.stop();
  });

  test('refuses introspection', async () => {
    const response = await postQuery(gateway.url, '{ __schema { queryType { name } } }');
    assert.equal(response.status, 400);
    assert.equal((await response.json()).errors[0].extensions.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  test('answers a failed subgraph call without internal addresses or stack traces', async () => {
    const response = await postQuery(gateway.url, '{ user(id: "u1") { id } }');
    const body = await response.text();
    assert.equal(response.status, 200);
    assert.deepEqual(JSON.parse(body).errors.map((error) => error.extensions.code), ['INTERNAL_SERVER_ERROR']);
    assert.doesNotMatch(body, /127\.0\.0\.1|stacktrace|ECONNREFUSED/);
  });
});
