import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { composeSupergraph, readSubgraphSdls, SupergraphError, subgraphSdlPath } from '../src/supergraph.js';

const FIXTURES = new URL('./fixtures', import.meta.url).pathname;
const USERS = { name: 'users', url: 'http://127.0.0.1:8001/graphql' };
const CALENDAR = { name: 'calendar', url: 'http://127.0.0.1:8002/graphql' };

async function composeFixture(fixture, subgraphs) {
  return composeSupergraph(await readSubgraphSdls(path.join(FIXTURES, fixture), subgraphs));
}

test('composes subgraphs written as `extend schema @link(federation v2.7)` into one supergraph', async () => {
  const supergraph = await composeFixture('federated', [USERS, CALENDAR]);
  assert.match(supergraph, /USERS @join__graph\(name: "users", url: "http:\/\/127\.0\.0\.1:8001\/graphql"\)/);
  assert.match(supergraph, /CALENDAR @join__graph\(name: "calendar", url: "http:\/\/127\.0\.0\.1:8002\/graphql"\)/);
  assert.match(supergraph, /type User\s+@join__type\(graph: CALENDAR, key: "id"\)\s+@join__type\(graph: USERS, key: "id"\)/);
});

test('composes the SDL exactly as Strawberry 0.341 prints it, federation fields included', async () => {
  const strawberryUsers = await readSubgraphSdls(path.join(FIXTURES, 'strawberry'), [USERS]);
  const [calendar] = await readSubgraphSdls(path.join(FIXTURES, 'federated'), [CALENDAR]);
  const supergraph = composeSupergraph([...strawberryUsers, calendar]);
  assert.match(supergraph, /me: User @join__field\(graph: USERS\)/);
  assert.doesNotMatch(supergraph, /_entities|_service/);
});

test('refuses subgraphs that do not compose, listing every composition error', async () => {
  const error = await composeFixture('conflicting', [USERS, CALENDAR]).catch((caught) => caught);
  assert.ok(error instanceof SupergraphError);
  assert.equal(error.code, 'COMPOSITION_FAILED');
  assert.ok(error.details.length >= 1);
  assert.match(error.message, /composition of subgraphs \[users, calendar\] failed/);
  assert.ok(error.details.some((detail) => detail.includes('User.name')), error.message);
});

test('names the missing file when a configured subgraph has no committed SDL', async () => {
  const error = await readSubgraphSdls(path.join(FIXTURES, 'federated'), [{ name: 'billing', url: 'http://127.0.0.1:8003/graphql' }])
    .catch((caught) => caught);
  assert.equal(error.code, 'SUBGRAPH_SDL_MISSING');
  assert.ok(error.message.includes(subgraphSdlPath(path.join(FIXTURES, 'federated'), 'billing')));
});

test('reports SDL that does not parse with the subgraph and file named', async () => {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gateway-sdl-'));
  try {
    await mkdir(path.dirname(subgraphSdlPath(root, 'users')), { recursive: true });
    await writeFile(subgraphSdlPath(root, 'users'), 'type Query { me: User');
    const sdls = await readSubgraphSdls(root, [USERS]);
    assert.throws(() => composeSupergraph(sdls), (error) => {
      assert.equal(error.code, 'SUBGRAPH_SDL_INVALID');
      assert.match(error.message, /subgraph "users" does not parse/);
      assert.ok(error.message.includes(subgraphSdlPath(root, 'users')));
      return true;
    });
  } finally {
    await rm(root, { recursive: true, force: true });
  }
});
