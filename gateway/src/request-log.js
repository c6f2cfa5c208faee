// Structured JSON log lines, one per event, on stdout. Never given tokens or request bodies.

/** Returns a function writing `{ ts, level, service: 'gateway', event, ...fields }` as one JSON line. */
export function jsonLineLogger(stream = process.stdout) {
  return function log(level, event, fields = {}) {
    const line = { ts: new Date().toISOString(), level, service: 'gateway', event, ...fields };
    stream.write(`${JSON.stringify(line)}\n`);
  };
}

/** Apollo Server plugin adding the resolved operation name to the request's log fields. */
export function operationNameRecorder() {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operationName }) {
          if (contextValue.requestLog && operationName) contextValue.requestLog.operation_name = operationName;
        },
      };
    },
  };
}
