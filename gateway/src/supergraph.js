// Builds the supergraph the gateway serves from the committed subgraph SDL files
// (services/<name>/schema.graphql), so what is served is what is reviewed and the gateway starts
// whether or not the subgraphs are up. See docs/decisions/0002-gateway-composes-committed-sdl.md.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

export class SupergraphError extends Error {
  constructor(code, message, details = []) {
    super(details.length ? `${message}\n${details.map((line) => `  - ${line}`).join('\n')}` : message);
    this.name = 'SupergraphError';
    this.code = code;
    this.details = details;
  }
}

/** Where the committed SDL of subgraph `name` lives under the repository root `sdlRoot`. */
export function subgraphSdlPath(sdlRoot, name) {
  return path.join(sdlRoot, 'services', name, 'schema.graphql');
}

async function readSubgraphSdl(sdlRoot, { name, url, sdlFile }) {
  const file = sdlFile ?? subgraphSdlPath(sdlRoot, name);
  let sdl;
  try {
    sdl = await readFile(file, 'utf8');
  } catch (error) {
    throw new SupergraphError('SUBGRAPH_SDL_MISSING', `cannot read the SDL of subgraph "${name}"`, [
      `${file}: ${error.code ?? error.message}`,
    ]);
  }
  return { name, url, sdl, file };
}

/** Reads the committed SDL of every configured subgraph: [{ name, url, sdl, file }]. */
export async function readSubgraphSdls(sdlRoot, subgraphs) {
  return Promise.all(subgraphs.map((subgraph) => readSubgraphSdl(sdlRoot, subgraph)));
}

function parseSubgraph({ name, url, sdl, file }) {
  try {
    return { name, url, typeDefs: parse(sdl) };
  } catch (error) {
    throw new SupergraphError('SUBGRAPH_SDL_INVALID', `the SDL of subgraph "${name}" does not parse`, [
      `${file ?? name}: ${error.message}`,
    ]);
  }
}

/**
 * Composes subgraph SDLs ([{ name, url, sdl }]) into a supergraph SDL string.
 * Throws a SupergraphError (code COMPOSITION_FAILED) listing every composition error.
 */
export function composeSupergraph(subgraphSdls) {
  const result = composeServices(subgraphSdls.map(parseSubgraph));
  if (result.errors?.length) {
    const names = subgraphSdls.map((subgraph) => subgraph.name).join(', ');
    throw new SupergraphError(
      'COMPOSITION_FAILED',
      `composition of subgraphs [${names}] failed with ${result.errors.length} error(s):`,
      result.errors.map((error) => error.message),
    );
  }
  return result.supergraphSdl;
}
