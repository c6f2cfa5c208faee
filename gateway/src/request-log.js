// Structured JSON log lines, one per event, on stdout. Only what is known to be safe: never tokens,
// request bodies, variables or error messages (they may quote the variables), only codes and names.

import { subgraphRefusalCode } from './error-policy.js';

/** Returns a function writing `{ ts, level, service: 'gateway', event, ...fields }` as one JSON line. */
export function jsonLineLogger(stream = process.stdout) {
  return function log(level, event, fields = {}) {
    const line = { ts: new Date().toISOString(), level, service: 'gateway', event, ...fields };
    stream.write(`${JSON.stringify(line)}\n`);
  };
}

/**
 * Apollo Server plugin adding the resolved operation name (from the document, never the client's free
 * text) and the first error code to the request's log fields (`contextValue.requestLog`, set by the HTTP handler).
 */
export function requestLogPlugin() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          if (contextValue.requestLog && operationName) contextValue.requestLog.operation_name = operationName;
        },
        async didEncounterErrors({ contextValue, errors }) {
          // A subgraph's own refusal code (GATEWAY_SECRET_INVALID, say) says more than UNAUTHENTICATED.
          const code = subgraphRefusalCode(errors[0]?.extensions?.response) ?? errors[0]?.extensions?.code;
          if (contextValue.requestLog && code) contextValue.requestLog.error_code = code;
        },
      };
    },
  };
}
