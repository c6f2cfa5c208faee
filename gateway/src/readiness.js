// /readyz of the gateway: ready when every subgraph answers its own /readyz (database and bus
// reachable) with a 2xx within the timeout. The answer names subgraphs, never their addresses.

/** The readiness URL of a subgraph served at `graphqlUrl` (same origin, path /readyz). */
export function readinessUrlOf(graphqlUrl) {
  return new URL('/readyz', graphqlUrl).toString();
}

async function subgraphState(subgraph, timeoutMs) {
  try {
    const response = await fetch(readinessUrlOf(subgraph.url), { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok ? 'ready' : 'not_ready';
  } catch {
    return 'unreachable';
  }
}

/**
 * Asks every subgraph at once. Resolves to { ready, subgraphs: { name: 'ready' | 'not_ready' | 'unreachable' } }
 * and records each outcome in `metrics`.
 */
export async function checkReadiness(subgraphs, { timeoutMs = 2000, metrics } = {}) {
  const states = await Promise.all(subgraphs.map((subgraph) => subgraphState(subgraph, timeoutMs)));
  const byName = {};
  subgraphs.forEach((subgraph, index) => {
    byName[subgraph.name] = states[index];
    metrics?.observeSubgraph(subgraph.name, states[index] === 'ready');
  });
  return { ready: states.every((state) => state === 'ready'), subgraphs: byName };
}
