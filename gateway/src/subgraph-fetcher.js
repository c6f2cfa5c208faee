// The fetch the gateway calls subgraphs with: Node's own HTTP client on one keep-alive agent.
//
// RemoteGraphQLDataSource's default fetcher is make-fetch-happen (npm's fetch: retries, an HTTP
// cache, proxy support, minipass streams), which cost about four times the CPU of the call itself
// on every subgraph request; none of that is wanted between the gateway and its subgraphs on the
// same network. This implements the part of the Fetcher interface (@apollo/utils.fetcher) that
// a data source uses, for JSON request and response bodies.

import http from 'node:http';
import https from 'node:https';

// Idle connections are closed before the services' own keep-alive timeout (uvicorn: 5 s), so the
// gateway never sends a request on a connection the service is closing at that moment.
const IDLE_SOCKET_MS = 4000;

class SubgraphResponse {
  constructor(url, res, body) {
    this.url = url;
    this.status = res.statusCode;
    this.statusText = res.statusMessage ?? '';
    this.ok = this.status >= 200 && this.status < 300;
    this.redirected = false;
    this.headers = new Headers();
    for (let i = 0; i < res.rawHeaders.length; i += 2) this.headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
    this.body = body;
    this.bodyUsed = false;
  }

  async arrayBuffer() {
    this.bodyUsed = true;
    return this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.byteLength);
  }

  async text() {
    this.bodyUsed = true;
    return this.body.toString('utf8');
  }

  async json() {
    return JSON.parse(await this.text());
  }

  clone() {
    return Object.assign(Object.create(SubgraphResponse.prototype), this, { headers: new Headers(this.headers) });
  }
}

function send(url, init, agents, { retried = false } = {}) {
  const target = new URL(url);
  const client = target.protocol === 'https:' ? https : http;
  const agent = target.protocol === 'https:' ? agents.https : agents.http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method: init.method ?? 'GET', headers: init.headers, agent, signal: init.signal });
    req.on('response', (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve(new SubgraphResponse(url, res, Buffer.concat(chunks))));
      res.on('error', reject);
    });
    req.on('error', (error) => {
      // A kept-alive connection the service closed just as this request went out: the service never
      // read the request, so sending it once more on a fresh connection is safe (Node's documented
      // pattern for keep-alive clients).
      if (req.reusedSocket && error.code === 'ECONNRESET' && !retried) {
        send(url, init, agents, { retried: true }).then(resolve, reject);
      } else {
        reject(error);
      }
    });
    req.end(init.body);
  });
}

/**
 * A Fetcher (as @apollo/gateway's data sources take) over keep-alive agents. `agents` is exposed for
 * tests and for `destroy()` at shutdown.
 */
export function createSubgraphFetcher() {
  const agents = {
    http: new http.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
    https: new https.Agent({ keepAlive: true, timeout: IDLE_SOCKET_MS }),
  };
  const fetcher = (url, init = {}) => send(url, init, agents);
  fetcher.agents = agents;
  fetcher.destroy = () => {
    agents.http.destroy();
    agents.https.destroy();
  };
  return fetcher;
}
