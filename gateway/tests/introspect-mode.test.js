// SUPERGRAPH_MODE=introspect (development only): the supergraph comes from the running subgraphs.

import assert from 'node:assert/strict';
import os from 'node:os';
import { test } from 'node:test';
import { startGateway } from '../src/gateway.js';
import { readSettings } from '../src/settings.js';
import { startFixtureSubgraphs } from './support/fixture-subgraphs.js';

test('introspect mode composes from the running subgraphs without reading any SDL file', async () => {
  const subgraphs = await startFixtureSubgraphs();
  const settings = readSettings({
    SUBGRAPHS: subgraphs.subgraphsSetting,
    SUPERGRAPH_MODE: 'introspect',
    // No services/*/schema.graphql here: reading one would fail the start.
    SUBGRAPH_SDL_DIR: os.tmpdir(),
    GATEWAY_PORT: '0',
    SUBGRAPH_SECRET: 'introspect-test-secret',
  });
  const gateway = await startGateway(settings, { log: () => {} });
  try {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: JSON.stringify({ query: '{ booking(id: "b1") { title organizer { name } } }' }),
    });
    assert.deepEqual(await response.json(), {
      data: { booking: { title: 'Gruhapravesam, Vijayawada', organizer: { name: 'Lakshmi Prasanna' } } },
    });
    // The introspection at start and every query since carried the subgraphs' secret.
    for (const subgraph of Object.values(subgraphs.byName)) {
      assert.ok(subgraph.receivedHeaders.length >= 2);
      assert.ok(subgraph.receivedHeaders.every((seen) => seen.gatewaySecret === 'introspect-test-secret'));
    }
  } finally {
    await gateway.stop();
    await subgraphs.stop();
  }
});
