// One id follows a request through the gateway and every subgraph: the client's own when it sent a
// sane one, a fresh UUID otherwise (a client must not be able to inject log lines or huge headers).

import { randomUUID } from 'node:crypto';

const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Returns the request id to use for a request whose `x-request-id` header is `headerValue`. */
export function requestIdFor(headerValue) {
  const candidate = Array.isArray(headerValue) ? headerValue[0] : headerValue;
  return candidate && ACCEPTABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}
