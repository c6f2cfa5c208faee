// Composes every committed subgraph SDL (services/*/schema.graphql) the way the gateway does at
// start: a subgraph change that breaks the supergraph fails here, before anything is deployed.

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, readSubgraphSdls, subgraphSdlPath } from '../src/supergraph.js';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

async function committedSubgraphs() {
  const services = await readdir(path.join(REPOSITORY_ROOT, 'services'), { withFileTypes: true }).catch(() => []);
  return services
    .filter((entry) => entry.isDirectory() && existsSync(subgraphSdlPath(REPOSITORY_ROOT, entry.name)))
    .map((entry) => ({ name: entry.name, url: `http://127.0.0.1/${entry.name}/graphql` }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

test('all committed subgraph SDLs compose into one supergraph', async (t) => {
  const subgraphs = await committedSubgraphs();
  if (subgraphs.length === 0) {
    t.skip('no services/*/schema.graphql committed yet');
    return;
  }
  const supergraph = composeSupergraph(await readSubgraphSdls(REPOSITORY_ROOT, subgraphs));
  for (const { name } of subgraphs) {
    assert.match(supergraph, new RegExp(`@join__graph\\(name: "${name}"`));
  }
});
