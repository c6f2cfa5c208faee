import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DEVELOPMENT_SUBGRAPH_SECRET, readSettings, SettingsError } from '../src/settings.js';

// The repository itself: its services.toml is the registry the defaults come from.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('defaults serve the users subgraph on 127.0.0.1:4000 with the documented limits', () => {
  const settings = readSettings({}, { repositoryRoot: ROOT });
  assert.equal(settings.host, '127.0.0.1');
  assert.equal(settings.port, 4000);
  assert.deepEqual(settings.subgraphs[0], {
    name: 'users', url: 'http://127.0.0.1:8001/graphql', sdlFile: path.join(ROOT, 'services', 'users', 'schema.graphql'),
  });
  assert.equal(settings.sdlRoot, ROOT);
  assert.equal(settings.supergraphMode, 'compose');
  assert.equal(settings.introspection, true);
  assert.deepEqual(settings.limits, { maxDepth: 10, maxQueryBytes: 20000, maxBodyBytes: 102400, maxAliases: 30, maxRootFields: 20 });
  assert.deepEqual(settings.corsOrigins, ['http://127.0.0.1:8550', 'http://localhost:8550']);
});

test('reads every subgraph of SUBGRAPHS in order', () => {
  const settings = readSettings({ SUBGRAPHS: ' users=http://127.0.0.1:8001/graphql , calendar=http://127.0.0.1:8002/graphql ' });
  assert.deepEqual(settings.subgraphs.map((subgraph) => subgraph.name), ['users', 'calendar']);
});

const PRODUCTION = { NODE_ENV: 'production', SUBGRAPH_SECRET: 'a-production-subgraph-secret-0123456789' };

test('production switches introspection off', () => {
  assert.equal(readSettings(PRODUCTION).introspection, false);
});

test("outside production the subgraphs' secret defaults to the development one a lone service accepts", () => {
  assert.equal(readSettings({}).subgraphSecret, DEVELOPMENT_SUBGRAPH_SECRET);
  assert.equal(readSettings({ SUBGRAPH_SECRET: ' per-start ' }).subgraphSecret, 'per-start');
  assert.equal(readSettings(PRODUCTION).subgraphSecret, PRODUCTION.SUBGRAPH_SECRET);
});

test('production refuses to start without a real subgraph secret, and never prints the one it got', () => {
  for (const secret of [undefined, '', DEVELOPMENT_SUBGRAPH_SECRET, 'short-but-set']) {
    assert.throws(
      () => readSettings({ ...PRODUCTION, SUBGRAPH_SECRET: secret }),
      (error) => error instanceof SettingsError && /SUBGRAPH_SECRET/.test(error.message) && !error.message.includes('short-but-set'),
    );
  }
});

test('SUBGRAPH_SDL_DIR overrides the repository root', () => {
  assert.equal(readSettings({ SUBGRAPH_SDL_DIR: '/elsewhere' }, { repositoryRoot: ROOT }).sdlRoot, '/elsewhere');
});

const REJECTED = [
  [{ GATEWAY_PORT: 'http' }, /GATEWAY_PORT must be an integer/],
  [{ GATEWAY_MAX_DEPTH: '0' }, /GATEWAY_MAX_DEPTH must be an integer >= 1/],
  [{ GATEWAY_MAX_QUERY_BYTES: '-5' }, /GATEWAY_MAX_QUERY_BYTES/],
  [{ GATEWAY_MAX_BODY_BYTES: '100' }, /GATEWAY_MAX_BODY_BYTES must be >= GATEWAY_MAX_QUERY_BYTES/],
  [{ SUBGRAPHS: 'users' }, /expected "name=url"/],
  [{ SUBGRAPHS: 'users=not a url' }, /invalid URL/],
  [{ SUBGRAPHS: 'users=ftp://127.0.0.1/graphql' }, /must be http\(s\)/],
  [{ SUBGRAPHS: 'users=http://a/graphql,users=http://b/graphql' }, /listed twice/],
  [{ SUPERGRAPH_MODE: 'uplink' }, /SUPERGRAPH_MODE must be "compose" or "introspect"/],
];

for (const [env, message] of REJECTED) {
  test(`refuses ${JSON.stringify(env)} with a SettingsError naming the variable`, () => {
    assert.throws(() => readSettings(env), (error) => error instanceof SettingsError && error.code === 'INVALID_SETTING' && message.test(error.message));
  });
}

test('without SUBGRAPHS, the subgraphs are the registered services on their ports, SDL from each root', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const os = await import('node:os');
  const directory = await mkdtemp(path.join(os.tmpdir(), 'registry-'));
  const file = path.join(directory, 'services.toml');
  await writeFile(file, '[users]\npackage = "users_service"\nport = 8001\n\n[throwaway]\npackage = "t"\nport = 8099\nroot = "/elsewhere/throwaway"\n');
  const settings = readSettings({ SERVICES_REGISTRY: file });
  assert.deepEqual(settings.subgraphs.map(({ name, url, sdlFile }) => [name, url, sdlFile]), [
    ['users', 'http://127.0.0.1:8001/graphql', path.join(directory, 'services', 'users', 'schema.graphql')],
    ['throwaway', 'http://127.0.0.1:8099/graphql', '/elsewhere/throwaway/schema.graphql'],
  ]);
});

test('the repository registry gives the gateway every service of services.toml', () => {
  const settings = readSettings({}, { repositoryRoot: ROOT });
  assert.ok(settings.subgraphs.some((subgraph) => subgraph.name === 'users' && subgraph.url.endsWith(':8001/graphql')));
});

test('an unreadable registry without SUBGRAPHS stops the start with a SettingsError', () => {
  assert.throws(() => readSettings({ SERVICES_REGISTRY: '/nonexistent/services.toml' }), SettingsError);
});
