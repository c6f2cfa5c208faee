// The gateway's settings, read once at start from the environment. Bad values stop the start with a
// SettingsError naming the variable, so a typo never turns into a silently different gateway.

import path from 'node:path';
import { readRegistry, registeredSubgraphs, registryPath } from './registry.js';

export class SettingsError extends Error {
  constructor(message) {
    super(message);
    this.name = 'SettingsError';
    this.code = 'INVALID_SETTING';
  }
}

const DEFAULTS = Object.freeze({
  GATEWAY_HOST: '127.0.0.1',
  GATEWAY_PORT: '4000',
  SUPERGRAPH_MODE: 'compose',
  GATEWAY_MAX_DEPTH: '10',
  GATEWAY_MAX_QUERY_BYTES: '20000',
  GATEWAY_MAX_BODY_BYTES: '102400',
  GATEWAY_MAX_ALIASES: '30',
  GATEWAY_MAX_ROOT_FIELDS: '20',
  GATEWAY_CORS_ORIGINS: 'http://127.0.0.1:8550,http://localhost:8550',
  GATEWAY_READINESS_TIMEOUT_MS: '1000',
  GATEWAY_READINESS_CACHE_MS: '1000',
});

const SUBGRAPH_NAME = /^[a-z][a-z0-9_-]*$/;
// What a service started alone in development accepts (servicekit.settings.DEVELOPMENT_GATEWAY_SECRET);
// `eventxperts up` gives the gateway and every service a fresh one per start; production refuses it.
export const DEVELOPMENT_SUBGRAPH_SECRET = 'development-only-gateway-secret';
const PRODUCTION_SECRET_MIN_LENGTH = 32;

function valueOf(env, name) {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? DEFAULTS[name] : raw.trim();
}

function integerSetting(env, name, { min }) {
  const raw = valueOf(env, name);
  if (!/^\d+$/.test(raw) || Number(raw) < min) {
    throw new SettingsError(`${name} must be an integer >= ${min}, got "${raw}"`);
  }
  return Number(raw);
}

function subgraphUrl(name, rawUrl) {
  let url;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new SettingsError(`SUBGRAPHS: subgraph "${name}" has an invalid URL "${rawUrl}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SettingsError(`SUBGRAPHS: subgraph "${name}" URL must be http(s), got "${rawUrl}"`);
  }
  return url.toString();
}

/** Parses `name=url,name=url` into [{ name, url }], rejecting duplicates and malformed entries. */
export function parseSubgraphs(raw) {
  const subgraphs = [];
  for (const entry of raw.split(',').map((part) => part.trim()).filter(Boolean)) {
    const separator = entry.indexOf('=');
    const name = separator > 0 ? entry.slice(0, separator).trim() : '';
    if (!SUBGRAPH_NAME.test(name)) {
      throw new SettingsError(`SUBGRAPHS: expected "name=url" with a lower-case name, got "${entry}"`);
    }
    if (subgraphs.some((known) => known.name === name)) {
      throw new SettingsError(`SUBGRAPHS: subgraph "${name}" is listed twice`);
    }
    subgraphs.push({ name, url: subgraphUrl(name, entry.slice(separator + 1).trim()) });
  }
  if (subgraphs.length === 0) {
    throw new SettingsError('SUBGRAPHS must name at least one subgraph');
  }
  return subgraphs;
}

function supergraphMode(env) {
  const mode = valueOf(env, 'SUPERGRAPH_MODE');
  if (mode !== 'compose' && mode !== 'introspect') {
    throw new SettingsError(`SUPERGRAPH_MODE must be "compose" or "introspect", got "${mode}"`);
  }
  return mode;
}

function booleanSetting(env, name) {
  const raw = (env[name] ?? '').trim().toLowerCase();
  if (raw === '' || raw === 'false' || raw === '0') return false;
  if (raw === 'true' || raw === '1') return true;
  throw new SettingsError(`${name} must be true or false, got "${env[name]}"`);
}

function corsOrigins(env) {
  return valueOf(env, 'GATEWAY_CORS_ORIGINS')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
}

function queryLimits(env) {
  const limits = {
    maxDepth: integerSetting(env, 'GATEWAY_MAX_DEPTH', { min: 1 }),
    maxQueryBytes: integerSetting(env, 'GATEWAY_MAX_QUERY_BYTES', { min: 1 }),
    maxBodyBytes: integerSetting(env, 'GATEWAY_MAX_BODY_BYTES', { min: 1 }),
    maxAliases: integerSetting(env, 'GATEWAY_MAX_ALIASES', { min: 0 }),
    maxRootFields: integerSetting(env, 'GATEWAY_MAX_ROOT_FIELDS', { min: 1 }),
  };
  if (limits.maxBodyBytes < limits.maxQueryBytes) {
    // Otherwise an over-long query would be cut off as a body before its own limit could name it.
    throw new SettingsError('GATEWAY_MAX_BODY_BYTES must be >= GATEWAY_MAX_QUERY_BYTES');
  }
  return Object.freeze(limits);
}

// SUBGRAPHS, else every service of the registry on its registered port. Unless SUBGRAPH_SDL_DIR says
// otherwise, a registered subgraph's SDL is read from its service's root (`sdlFile`).
function subgraphsOf(env, repositoryRoot) {
  const explicit = env.SUBGRAPHS?.trim();
  let registered = [];
  try {
    registered = readRegistry(registryPath(env, repositoryRoot));
  } catch (error) {
    if (!explicit) throw new SettingsError(`SUBGRAPHS is not set and ${error.message}`);
  }
  const subgraphs = parseSubgraphs(explicit || registeredSubgraphs(registered));
  if (env.SUBGRAPH_SDL_DIR?.trim()) return subgraphs;
  const roots = new Map(registered.map((service) => [service.name, service.root]));
  return subgraphs.map((subgraph) =>
    roots.has(subgraph.name) ? { ...subgraph, sdlFile: path.join(roots.get(subgraph.name), 'schema.graphql') } : subgraph,
  );
}

// The secret every subgraph request carries (X-Gateway-Secret). Never part of an error message.
function subgraphSecret(env, production) {
  const secret = env.SUBGRAPH_SECRET?.trim() ?? '';
  if (!production) return secret || DEVELOPMENT_SUBGRAPH_SECRET;
  if (secret === '' || secret === DEVELOPMENT_SUBGRAPH_SECRET) {
    throw new SettingsError('SUBGRAPH_SECRET must be set in production (one of the services\' GATEWAY_SECRETS)');
  }
  if (secret.length < PRODUCTION_SECRET_MIN_LENGTH) {
    throw new SettingsError(`SUBGRAPH_SECRET must be at least ${PRODUCTION_SECRET_MIN_LENGTH} characters in production`);
  }
  return secret;
}

/**
 * Reads the gateway settings from `env` (process.env by default).
 * `repositoryRoot` is where services.toml and `services/<name>/schema.graphql` files are looked up.
 */
export function readSettings(env = process.env, { repositoryRoot } = {}) {
  const production = env.NODE_ENV === 'production';
  return Object.freeze({
    host: valueOf(env, 'GATEWAY_HOST'),
    port: integerSetting(env, 'GATEWAY_PORT', { min: 0 }),
    subgraphs: Object.freeze(subgraphsOf(env, repositoryRoot)),
    sdlRoot: env.SUBGRAPH_SDL_DIR?.trim() || repositoryRoot,
    supergraphMode: supergraphMode(env),
    production,
    introspection: !production,
    // Stack traces and raw internal errors in responses: only when asked for by name.
    debugErrors: booleanSetting(env, 'GATEWAY_DEBUG_ERRORS'),
    limits: queryLimits(env),
    corsOrigins: Object.freeze(corsOrigins(env)),
    readinessTimeoutMs: integerSetting(env, 'GATEWAY_READINESS_TIMEOUT_MS', { min: 1 }),
    readinessCacheMs: integerSetting(env, 'GATEWAY_READINESS_CACHE_MS', { min: 0 }),
    subgraphSecret: subgraphSecret(env, production),
  });
}
