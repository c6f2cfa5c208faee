// The fetcher the gateway calls subgraphs with: what it sends and returns, one kept-alive connection,
// and the one retry a connection closed under it gets.

import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createSubgraphFetcher } from '../src/subgraph-fetcher.js';

function startServer(handle) {
  const server = http.createServer(handle);
  const state = { connections: 0, requests: [] };
  server.on('connection', () => {
    state.connections += 1;
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const url = `http://127.0.0.1:${server.address().port}/graphql`;
      resolve({ url, state, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const POST = (body) => ({ method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body });

describe('subgraph fetcher', () => {
  let server;
  let fetcher;
  let dropNextReusedRequest = false;

  before(async () => {
    server = await startServer(async (req, res) => {
      const body = await readBody(req);
      const onReusedSocket = (req.socket.servedRequests = (req.socket.servedRequests ?? 0) + 1) > 1;
      server.state.requests.push({ method: req.method, authorization: req.headers.authorization, body });
      if (dropNextReusedRequest && onReusedSocket) {
        dropNextReusedRequest = false;
        req.socket.destroy(); // as a service closing an idle connection the moment a request arrives
        return;
      }
      if (body.includes('unauthorized')) {
        res.writeHead(401, { 'content-type': 'application/json' });
        res.end('{"detail":{"code":"TOKEN_EXPIRED"}}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'private' });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
  });

  beforeEach(() => {
    fetcher?.destroy();
    fetcher = createSubgraphFetcher();
    server.state.connections = 0;
    server.state.requests.length = 0;
  });

  after(async () => {
    fetcher?.destroy();
    await server.close();
  });

  test('sends method, headers and body, and answers like fetch', async () => {
    const response = await fetcher(server.url, POST('{"query":"{ me { id } }"}'));
    assert.equal(response.ok, true);
    assert.equal(response.status, 200);
    assert.equal(response.url, server.url);
    assert.equal(response.headers.get('Content-Type'), 'application/json');
    assert.equal(response.headers.get('cache-control'), 'private');
    assert.deepEqual(await response.json(), { data: { echo: '{"query":"{ me { id } }"}' } });
    assert.equal(response.bodyUsed, true);
    assert.deepEqual(server.state.requests[0], { method: 'POST', authorization: 'Bearer t', body: '{"query":"{ me { id } }"}' });
  });

  test('passes an error status through with its text', async () => {
    const response = await fetcher(server.url, POST('unauthorized'));
    assert.equal(response.ok, false);
    assert.equal(response.status, 401);
    assert.equal(response.statusText, 'Unauthorized');
    assert.deepEqual(await response.json(), { detail: { code: 'TOKEN_EXPIRED' } });
  });

  test('serves calls one after another on one kept-alive connection', async () => {
    for (let i = 0; i < 5; i += 1) await (await fetcher(server.url, POST(`{"n":${i}}`))).text();
    assert.equal(server.state.requests.length, 5);
    assert.equal(server.state.connections, 1);
  });

  test('sends a request once more on a fresh connection when the kept-alive one was closed under it', async () => {
    await (await fetcher(server.url, POST('{"n":1}'))).text();
    dropNextReusedRequest = true;
    const response = await fetcher(server.url, POST('{"n":2}'));
    assert.deepEqual(await response.json(), { data: { echo: '{"n":2}' } });
    assert.equal(server.state.connections, 2);
    assert.equal(server.state.requests.length, 3); // the dropped one and its retry
  });

  test('rejects when nothing listens, without a retry', async () => {
    await assert.rejects(fetcher('http://127.0.0.1:9/graphql', POST('{}')), { code: 'ECONNREFUSED' });
  });
});
