// /readyz of the gateway: ready when every subgraph answers its own /readyz (database and bus
// reachable) with a 2xx within the timeout. The answer names subgraphs, never their addresses.
// Concurrent probes share one check and a result is reused for a second, so probing the gateway
// cannot multiply into a flood of calls on the subgraphs.

/** The readiness URL of a subgraph served at `graphqlUrl` (same origin, path /readyz). */
export function readinessUrlOf(graphqlUrl) {
  return new URL('/readyz', graphqlUrl).toString();
}

async function subgraphState(subgraph, timeoutMs) {
  try {
    const response = await fetch(readinessUrlOf(subgraph.url), { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok ? 'ready' : 'not_ready';
  } catch (error) {
    return error?.name === 'TimeoutError' ? 'timeout' : 'unreachable';
  }
}

/**
 * Asks every subgraph at once. Resolves to { ready, subgraphs: { name: 'ready' | 'not_ready' |
 * 'timeout' | 'unreachable' } } and records each outcome in `metrics`.
 */
export async function checkReadiness(subgraphs, { timeoutMs = 1000, metrics } = {}) {
  const states = await Promise.all(subgraphs.map((subgraph) => subgraphState(subgraph, timeoutMs)));
  const byName = {};
  subgraphs.forEach((subgraph, index) => {
    byName[subgraph.name] = states[index];
    metrics?.observeSubgraph(subgraph.name, states[index] === 'ready');
  });
  return { ready: states.every((state) => state === 'ready'), subgraphs: byName };
}

/** One shared, briefly cached readiness check: `probe()` resolves like checkReadiness. */
export function readinessProbe(subgraphs, { timeoutMs, cacheMs, metrics, now = () => Date.now() }) {
  let inFlight = null;
  let last = null;
  return function probe() {
    if (last !== null && now() - last.at < cacheMs) return Promise.resolve(last.result);
    if (inFlight === null) {
      inFlight = checkReadiness(subgraphs, { timeoutMs, metrics })
        .then((result) => {
          last = { at: now(), result };
          return result;
        })
        .finally(() => {
          inFlight = null; // also after a failure, so one failed check is not answered forever
        });
    }
    return inFlight;
  };
}
