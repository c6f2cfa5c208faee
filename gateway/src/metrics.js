// Prometheus metrics of the gateway, kept in memory and rendered in the text exposition format
// (version 0.0.4) at /metrics. Labels are bounded: the route is one of a few names, never a raw path.

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const ROUTES = new Map([['/', 'graphql'], ['/graphql', 'graphql'], ['/healthz', 'healthz'], ['/readyz', 'readyz'], ['/metrics', 'metrics']]);

const METHODS = new Set(['GET', 'POST', 'OPTIONS', 'HEAD']);

/** The bounded method label (`other` for anything else a client sends). */
export function methodLabel(method) {
  return METHODS.has(method) ? method : 'other';
}

/** The bounded route label of a request path (`other` for anything unknown). */
export function routeLabel(pathname) {
  return ROUTES.get(pathname) ?? 'other';
}

function labelText(labels) {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  const escape = (value) => String(value).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
  return `{${entries.map(([name, value]) => `${name}="${escape(value)}"`).join(',')}}`;
}

export class GatewayMetrics {
  constructor() {
    this.requests = new Map();
    this.durations = new Map();
    this.subgraphReady = new Map();
  }

  /** Counts one finished HTTP request and its duration. */
  observeRequest({ method, route, status, seconds }) {
    const counterKey = JSON.stringify({ method: methodLabel(method), route, status: String(status) });
    this.requests.set(counterKey, (this.requests.get(counterKey) ?? 0) + 1);
    const histogramKey = JSON.stringify({ route });
    const histogram = this.durations.get(histogramKey) ?? { counts: DURATION_BUCKETS.map(() => 0), sum: 0, count: 0 };
    DURATION_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound) histogram.counts[index] += 1;
    });
    histogram.sum += seconds;
    histogram.count += 1;
    this.durations.set(histogramKey, histogram);
  }

  /** Records the outcome of the last readiness check of one subgraph. */
  observeSubgraph(name, ready) {
    this.subgraphReady.set(name, ready ? 1 : 0);
  }

  render() {
    const lines = [
      '# HELP gateway_http_requests_total HTTP requests answered by the gateway.',
      '# TYPE gateway_http_requests_total counter',
    ];
    for (const [key, value] of this.requests) lines.push(`gateway_http_requests_total${labelText(JSON.parse(key))} ${value}`);
    lines.push(
      '# HELP gateway_http_request_duration_seconds Time from a request\'s arrival to its response.',
      '# TYPE gateway_http_request_duration_seconds histogram',
    );
    for (const [key, histogram] of this.durations) {
      const labels = JSON.parse(key);
      DURATION_BUCKETS.forEach((bound, index) => {
        lines.push(`gateway_http_request_duration_seconds_bucket${labelText({ ...labels, le: bound })} ${histogram.counts[index]}`);
      });
      lines.push(`gateway_http_request_duration_seconds_bucket${labelText({ ...labels, le: '+Inf' })} ${histogram.count}`);
      lines.push(`gateway_http_request_duration_seconds_sum${labelText(labels)} ${histogram.sum}`);
      lines.push(`gateway_http_request_duration_seconds_count${labelText(labels)} ${histogram.count}`);
    }
    lines.push(
      '# HELP gateway_subgraph_ready 1 when the subgraph answered its last readiness check as ready.',
      '# TYPE gateway_subgraph_ready gauge',
    );
    for (const [name, value] of this.subgraphReady) lines.push(`gateway_subgraph_ready${labelText({ subgraph: name })} ${value}`);
    return `${lines.join('\n')}\n`;
  }
}
