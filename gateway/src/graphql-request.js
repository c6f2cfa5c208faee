// Turns a Node request into Apollo Server's HTTPGraphQLRequest, refusing oversized bodies and
// queries before anything is parsed as GraphQL.

import { HeaderMap } from '@apollo/server';

export class RequestRejected extends Error {
  constructor(status, code, message) {
    super(message);
    this.name = 'RequestRejected';
    this.status = status;
    this.code = code;
  }
}

function headerMapOf(req) {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

function bodyTooLarge(maxBodyBytes) {
  return new RequestRejected(413, 'REQUEST_TOO_LARGE', `request body exceeds ${maxBodyBytes} bytes`);
}

async function readBody(req, maxBodyBytes) {
  if (Number(req.headers['content-length'] ?? 0) > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
  const chunks = [];
  let received = 0;
  for await (const chunk of req) {
    received += chunk.length;
    if (received > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function isJson(req) {
  return (req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json');
}

async function parsedBody(req, maxBodyBytes) {
  if (req.method !== 'POST') return undefined;
  const text = await readBody(req, maxBodyBytes);
  // Apollo Server answers a missing or non-JSON body itself, with its own 400.
  if (!isJson(req) || text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new RequestRejected(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

function queriesIn(body, searchParams) {
  const operations = Array.isArray(body) ? body : [body];
  const queries = operations.map((operation) => operation?.query);
  return [...queries, searchParams.get('query')].filter((query) => typeof query === 'string');
}

function checkQuerySize(queries, maxQueryBytes) {
  for (const query of queries) {
    const bytes = Buffer.byteLength(query, 'utf8');
    if (bytes > maxQueryBytes) {
      throw new RequestRejected(400, 'QUERY_TOO_LARGE', `query is ${bytes} bytes; the limit is ${maxQueryBytes}`);
    }
  }
}

/**
 * Reads `req` into an HTTPGraphQLRequest for `url` (a parsed URL).
 * Throws RequestRejected for a body over `limits.maxBodyBytes` (413), a query over
 * `limits.maxQueryBytes` (400 QUERY_TOO_LARGE) or malformed JSON (400 BAD_REQUEST).
 */
export async function readGraphQLRequest(req, url, limits) {
  const body = await parsedBody(req, limits.maxBodyBytes);
  checkQuerySize(queriesIn(body, url.searchParams), limits.maxQueryBytes);
  return { method: req.method.toUpperCase(), headers: headerMapOf(req), search: url.search, body };
}
