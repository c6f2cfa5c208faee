// The gateway's operations endpoints: /readyz follows the subgraphs' own readiness, /metrics counts
// requests in Prometheus' text format. The subgraphs are the in-process fixtures, each behind a small
// front that answers /readyz as the test sets it (the fixtures have no database or bus of their own).

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startGateway } from '../src/gateway.js';
import { GatewayMetrics, routeLabel } from '../src/metrics.js';
import { readinessUrlOf } from '../src/readiness.js';
import { readSettings } from '../src/settings.js';
import { FEDERATED_FIXTURES, startFixtureSubgraphs } from './support/fixture-subgraphs.js';

/** A front for one fixture subgraph: /readyz answers `state.status`, everything else is proxied. */
async function startReadinessFront(graphqlUrl) {
  const state = { status: 200, hits: 0 };
  const server = http.createServer(async (req, res) => {
    if (req.url === '/readyz') {
      state.hits += 1;
      res.statusCode = state.status;
      res.end(JSON.stringify({ status: state.status === 200 ? 'ready' : 'not_ready' }));
      return;
    }
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const upstream = await fetch(graphqlUrl, { method: req.method, headers: { 'content-type': 'application/json' }, body: Buffer.concat(chunks) });
    res.statusCode = upstream.status;
    res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json');
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}/graphql`;
  return { url, state, stop: () => new Promise((resolve) => server.close(resolve)) };
}

describe('gateway /readyz and /metrics', () => {
  let subgraphs;
  let fronts;
  let gateway;
  let origin;

  before(async () => {
    subgraphs = await startFixtureSubgraphs();
    fronts = {
      users: await startReadinessFront(subgraphs.byName.users.url),
      calendar: await startReadinessFront(subgraphs.byName.calendar.url),
    };
    const setting = Object.entries(fronts).map(([name, front]) => `${name}=${front.url}`).join(',');
    const settings = readSettings({
      SUBGRAPHS: setting, SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', GATEWAY_READINESS_CACHE_MS: '0',
    });
    gateway = await startGateway(settings, { log: () => {} });
    origin = new URL(gateway.url).origin;
  });

  after(async () => {
    await gateway?.stop();
    await Promise.all(Object.values(fronts ?? {}).map((front) => front.stop()));
    await subgraphs?.stop();
  });

  test('is ready when every subgraph says it is ready', async () => {
    fronts.users.state.status = 200;
    fronts.calendar.state.status = 200;
    const response = await fetch(`${origin}/readyz`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ready', service: 'gateway', subgraphs: { users: 'ready', calendar: 'ready' } });
  });

  test('is not ready, naming the subgraph, while one subgraph is not ready, and recovers with it', async () => {
    fronts.calendar.state.status = 503;
    const down = await fetch(`${origin}/readyz`);
    assert.equal(down.status, 503);
    assert.deepEqual((await down.json()).subgraphs, { users: 'ready', calendar: 'not_ready' });
    fronts.calendar.state.status = 200;
    assert.equal((await fetch(`${origin}/readyz`)).status, 200);
  });

  test('calls an unreachable subgraph unreachable without naming its address', async () => {
    const settings = readSettings({
      SUBGRAPHS: `users=${fronts.users.url},calendar=http://127.0.0.1:9/graphql`,
      SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES,
      GATEWAY_PORT: '0',
      GATEWAY_READINESS_CACHE_MS: '0',
    });
    const second = await startGateway(settings, { log: () => {} });
    try {
      const response = await fetch(`${new URL(second.url).origin}/readyz`);
      assert.equal(response.status, 503);
      const text = await response.text();
      assert.deepEqual(JSON.parse(text).subgraphs, { users: 'ready', calendar: 'unreachable' });
      assert.ok(!text.includes('127.0.0.1'));
    } finally {
      await second.stop();
    }
  });

  test('counts requests by route and status in the Prometheus text format', async () => {
    const before = await (await fetch(`${origin}/metrics`)).text();
    const countOf = (text, labels) => {
      const line = text.split('\n').find((candidate) => candidate.startsWith(`gateway_http_requests_total{${labels}} `));
      return line ? Number(line.split(' ').at(-1)) : 0;
    };
    const graphql = 'method="POST",route="graphql",status="200"';
    const notFound = 'method="GET",route="other",status="404"';
    await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    await fetch(`${origin}/no/such/path`);
    const response = await fetch(`${origin}/metrics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    assert.equal(countOf(after, graphql), countOf(before, graphql) + 1);
    assert.equal(countOf(after, notFound), countOf(before, notFound) + 1);
    assert.match(after, /# TYPE gateway_http_request_duration_seconds histogram/);
    assert.match(after, /gateway_subgraph_ready\{subgraph="users"\} [01]/);
    assert.ok(!after.includes('/no/such/path'), 'raw paths never become labels');
  });
});

describe('readiness under load and with a hanging subgraph', () => {
  test('concurrent probes share one check of each subgraph, and a result is reused within the cache time', async () => {
    const subgraphs = await startFixtureSubgraphs();
    const front = await startReadinessFront(subgraphs.byName.users.url);
    const calendar = await startReadinessFront(subgraphs.byName.calendar.url);
    const settings = readSettings({
      SUBGRAPHS: `users=${front.url},calendar=${calendar.url}`, SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0',
      GATEWAY_READINESS_CACHE_MS: '60000',
    });
    const gw = await startGateway(settings, { log: () => {} });
    try {
      const origin = new URL(gw.url).origin;
      const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`${origin}/readyz`)));
      assert.deepEqual(answers.map((answer) => answer.status), Array(20).fill(200));
      await fetch(`${origin}/readyz`);
      assert.equal(front.state.hits, 1);
      assert.equal(calendar.state.hits, 1);
    } finally {
      await gw.stop();
      await front.stop();
      await calendar.stop();
      await subgraphs.stop();
    }
  });

  test('a subgraph that never answers is a timeout, and a client that gives up is counted as aborted', async () => {
    const hanging = http.createServer(() => {});
    await new Promise((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const subgraphs = await startFixtureSubgraphs();
    const settings = readSettings({
      SUBGRAPHS: `users=${subgraphs.byName.users.url},calendar=http://127.0.0.1:${hanging.address().port}/graphql`,
      SUBGRAPH_SDL_DIR: FEDERATED_FIXTURES, GATEWAY_PORT: '0', GATEWAY_READINESS_TIMEOUT_MS: '300',
      GATEWAY_READINESS_CACHE_MS: '0',
    });
    const gw = await startGateway(settings, { log: () => {} });
    try {
      const origin = new URL(gw.url).origin;
      const answer = await fetch(`${origin}/readyz`);
      assert.equal(answer.status, 503);
      assert.equal((await answer.json()).subgraphs.calendar, 'timeout');
      await assert.rejects(fetch(`${origin}/readyz`, { signal: AbortSignal.timeout(50) }));
      await new Promise((resolve) => setTimeout(resolve, 400));
      const metrics = await (await fetch(`${origin}/metrics`)).text();
      assert.match(metrics, /gateway_http_requests_total\{method="GET",route="readyz",status="aborted"\} 1/);
    } finally {
      await gw.stop();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
      await subgraphs.stop();
    }
  });
});

describe('metrics rendering', () => {
  test('puts each request in every bucket at or above its duration', () => {
    const metrics = new GatewayMetrics();
    metrics.observeRequest({ method: 'POST', route: 'graphql', status: 200, seconds: 0.03 });
    const text = metrics.render();
    assert.match(text, /gateway_http_request_duration_seconds_bucket\{route="graphql",le="0.025"\} 0/);
    assert.match(text, /gateway_http_request_duration_seconds_bucket\{route="graphql",le="0.05"\} 1/);
    assert.match(text, /gateway_http_request_duration_seconds_bucket\{route="graphql",le="\+Inf"\} 1/);
    assert.match(text, /gateway_http_request_duration_seconds_count\{route="graphql"\} 1/);
  });

  test('maps unknown paths to one label and finds a subgraph\'s readiness at its origin', () => {
    assert.equal(routeLabel('/graphql'), 'graphql');
    assert.equal(routeLabel('/admin/../etc'), 'other');
    assert.equal(readinessUrlOf('http://127.0.0.1:8001/graphql'), 'http://127.0.0.1:8001/readyz');
  });
});
