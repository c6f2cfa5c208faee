// What errors may tell a client. By default, in every mode (NODE_ENV development included): no stack
// traces, no internal addresses, no subgraph response bodies, and a bare "internal error" for bugs.
// GATEWAY_DEBUG_ERRORS=true, asked for by name, brings the traces back for a developer's own machine.
// A client's own mistakes that Apollo would answer with a 5xx (no operation to run, a subscription over
// HTTP) are refused as 400s before execution. See docs/decisions/0012-gateway-error-policy.md.

import { GraphQLError } from 'graphql';

// A subgraph answering with an HTTP error (not a GraphQL error) is mapped to one of our codes.
const SUBGRAPH_STATUS_CODES = new Map([
  [401, ['UNAUTHENTICATED', 'Your sign-in is not valid any more; sign in again.']],
  [403, ['FORBIDDEN', 'You are not allowed to do this.']],
  [413, ['REQUEST_TOO_LARGE', 'The request is too large.']],
  [429, ['RATE_LIMITED', 'Too many requests; try again shortly.']],
]);

function refuse(message, code) {
  return new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
}

/** Refuses, with a 400, an operation the gateway cannot run for a reason that is the client's. */
export function operationPolicyPlugin() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (!operation) {
            throw request.operationName
              ? refuse(`no operation named "${request.operationName}" in the document`, 'OPERATION_RESOLUTION_FAILURE')
              : refuse('the document has several operations: name one in operationName', 'OPERATION_RESOLUTION_FAILURE');
          }
          if (operation.operation === 'subscription') {
            throw refuse('subscriptions are not served over HTTP', 'OPERATION_NOT_SUPPORTED');
          }
        },
      };
    },
  };
}

const INTERNAL = ['INTERNAL_SERVER_ERROR', 'internal error'];

/** The code in a subgraph's own refusal body (`{"error":{"code":...}}`, servicekit's shape), if any. */
export function subgraphRefusalCode(response) {
  const code = response?.body?.error?.code;
  return typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : null;
}

function subgraphRefusal(extensions) {
  // A subgraph refusing the gateway's own secret is our misconfiguration, not the caller's sign-in.
  const refusedTheGateway = subgraphRefusalCode(extensions.response)?.startsWith('GATEWAY_SECRET_');
  const [code, message] = refusedTheGateway ? INTERNAL : SUBGRAPH_STATUS_CODES.get(extensions.response?.status) ?? INTERNAL;
  return { message, extensions: { code } };
}

// A subgraph refusing a variable or argument value while coercing it (a Date that is no day, Paise out
// of range) is the caller's mistake. graphql-core words these refusals in these shapes; their text
// quotes the value and the subgraph's parser, so the client gets the variable's name and nothing more.
const COERCION_REFUSALS = [
  /^Variable ['"]\$(\w+)['"] (?:got|has) invalid value/,
  /^Variable ['"]\$(\w+)['"] of required type .* was not provided/,
  /^Variable ['"]\$(\w+)['"] of non-null type .* must not be null/,
  /^Argument ['"](\w+)['"] has invalid value/,
  /^Expected value of type ['"][\w!\[\]]+['"], found/,
  /^(?:Value|Int|Float|String|Boolean|ID|Paise|Date|DateTime) cannot represent/,
];

/** A subgraph's coercion refusal as BAD_USER_INPUT with a clean message; null for anything else. */
export function coercionRefusal(formatted) {
  if (formatted.extensions?.code !== 'DOWNSTREAM_SERVICE_ERROR') return null;
  for (const shape of COERCION_REFUSALS) {
    const match = shape.exec(formatted.message ?? '');
    if (match) {
      const name = match[1];
      const message = name ? `The value given for ${name} is not valid.` : 'A value given is not valid.';
      return { message, ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: 'BAD_USER_INPUT' } };
    }
  }
  return null;
}

/** Apollo's formatError: what of an error a client may see (`debugErrors` keeps everything). */
export function formatErrorFor({ debugErrors }) {
  return function formatError(formatted) {
    if (debugErrors) return formatted;
    const { stacktrace: _stacktrace, response, exception: _exception, serviceName: _serviceName, ...extensions } =
      formatted.extensions ?? {};
    if (response !== undefined) return { ...subgraphRefusal({ response }), path: formatted.path };
    const refusedValue = coercionRefusal(formatted);
    if (refusedValue) return refusedValue;
    if (extensions.code === 'INTERNAL_SERVER_ERROR') return { ...formatted, message: 'internal error', extensions };
    return { ...formatted, extensions };
  };
}
