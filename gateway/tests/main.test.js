// `npm start` as a process: starts without any subgraph running, stops cleanly on SIGTERM, and
// refuses to start with a readable list of composition errors.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

const MAIN = new URL('../src/main.js', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures', import.meta.url).pathname;
// Nothing listens here: the gateway must start from the committed SDL alone.
const UNREACHABLE_SUBGRAPHS = 'users=http://127.0.0.1:9/graphql,calendar=http://127.0.0.1:9/graphql';

function startMain(fixture) {
  const env = { ...process.env, SUBGRAPHS: UNREACHABLE_SUBGRAPHS, SUBGRAPH_SDL_DIR: `${FIXTURES}/${fixture}`, GATEWAY_PORT: '0' };
  delete env.NODE_ENV;
  return spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Collects the child's JSON log lines; `first(event)` waits for the first line of that event. */
function logLines(child) {
  const lines = [];
  const reader = createInterface({ input: child.stdout });
  reader.on('line', (line) => lines.push(JSON.parse(line)));
  const closed = once(reader, 'close');
  return {
    lines,
    async first(event) {
      let found;
      while (!(found = lines.find((line) => line.event === event))) {
        const next = await Promise.race([once(reader, 'line').then(() => 'line'), closed.then(() => 'closed')]);
        if (next === 'closed') throw new Error(`the gateway closed its output before logging ${event}`);
      }
      return found;
    },
  };
}

async function collect(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}

test('starts from the committed SDL while no subgraph is up, and stops cleanly on SIGTERM', async () => {
  const child = startMain('federated');
  const closed = once(child, 'close');
  const log = logLines(child);
  const started = await log.first('gateway.started');
  const health = await fetch(new URL('/healthz', started.url));
  assert.equal(health.status, 200);
  child.kill('SIGTERM');
  const [code] = await closed;
  assert.equal(code, 0);
  assert.deepEqual(log.lines.slice(-2).map((line) => line.event), ['gateway.stopping', 'gateway.stopped']);
});

test('refuses to start when the subgraphs do not compose, listing the composition errors', async () => {
  const child = startMain('conflicting');
  const stderr = collect(child.stderr);
  const [code] = await once(child, 'close');
  assert.equal(code, 1);
  const message = await stderr;
  assert.match(message, /composition of subgraphs \[users, calendar\] failed with 2 error\(s\)/);
  assert.match(message, /Non-shareable field "User.name"/);
  assert.doesNotMatch(message, /\n\s+at /, 'no stack trace');
});

test('answers a malformed request target with 400 and keeps serving', async () => {
  const child = startMain('federated');
  const closed = once(child, 'close');
  const log = logLines(child);
  const started = await log.first('gateway.started');
  const { hostname, port } = new URL(started.url);
  const socket = connect(Number(port), hostname);
  await once(socket, 'connect');
  socket.end('GET http://[zz/ HTTP/1.1\r\nHost: gateway\r\nConnection: close\r\n\r\n');
  const answer = await collect(socket);
  assert.match(answer, /^HTTP\/1\.1 400 /);
  assert.match(answer, /BAD_REQUEST/);
  const health = await fetch(new URL('/healthz', started.url));
  assert.equal(health.status, 200);
  child.kill('SIGTERM');
  const [code] = await closed;
  assert.equal(code, 0);
});
