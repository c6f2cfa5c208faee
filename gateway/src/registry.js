// The registry of services (services.toml at the repository root, or the file SERVICES_REGISTRY
// names): the gateway's default subgraph list and where each subgraph's committed SDL lives.
// The Python side reads the same file (libs/servicekit/src/servicekit/registry.py).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

const REPOSITORY_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export class RegistryError extends Error {
  constructor(message) {
    super(message);
    this.name = 'RegistryError';
    this.code = 'INVALID_REGISTRY';
  }
}

export function registryPath(env, repositoryRoot) {
  return env.SERVICES_REGISTRY?.trim() || path.join(repositoryRoot ?? REPOSITORY_ROOT, 'services.toml');
}

/** [{ name, port, root }] of every registered service, in the file's order. */
export function readRegistry(file) {
  let document;
  try {
    document = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new RegistryError(`cannot read the registry of services ${file}: ${error.message}`);
  }
  const directory = path.dirname(path.resolve(file));
  return Object.entries(document).map(([name, entry]) => {
    if (!Number.isInteger(entry?.port)) {
      throw new RegistryError(`${file}: [${name}] needs an integer port`);
    }
    const root = path.resolve(directory, typeof entry.root === 'string' ? entry.root : path.join('services', name));
    return { name, port: entry.port, root };
  });
}

/** `name=url,...` for the registered services on loopback: the default of SUBGRAPHS. */
export function registeredSubgraphs(services) {
  return services.map(({ name, port }) => `${name}=http://127.0.0.1:${port}/graphql`).join(',');
}
