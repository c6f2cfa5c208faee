// Composition root: settings in, a listening gateway out. main.js and the tests both start it here.

import http from 'node:http';
import { ApolloGateway, IntrospectAndCompose } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { formatErrorFor, operationPolicyPlugin } from './error-policy.js';
import { ForwardingDataSource } from './forwarding-data-source.js';
import { createRequestHandler } from './http-server.js';
import { GatewayMetrics } from './metrics.js';
import { readinessProbe } from './readiness.js';
import { queryLimitsPlugin } from './query-limits.js';
import { jsonLineLogger, requestLogPlugin } from './request-log.js';
import { createSubgraphFetcher } from './subgraph-fetcher.js';
import { composeSupergraph, readSubgraphSdls } from './supergraph.js';

function apolloLogger(log) {
  const write = (level) => (...parts) => log(level, 'apollo', { message: parts.join(' ') });
  return { debug: () => {}, info: write('info'), warn: write('warn'), error: write('error') };
}

async function supergraphOptions(settings) {
  if (settings.supergraphMode === 'introspect') {
    // Development only: asks the running subgraphs for their SDL instead of reading the committed files.
    return { supergraphSdl: new IntrospectAndCompose({ subgraphs: settings.subgraphs }) };
  }
  return { supergraphSdl: composeSupergraph(await readSubgraphSdls(settings.sdlRoot, settings.subgraphs)) };
}

function createApolloServer(settings, gateway, httpServer, log) {
  return new ApolloServer({
    gateway,
    logger: apolloLogger(log),
    introspection: settings.introspection,
    includeStacktraceInErrorResponses: settings.debugErrors,
    formatError: formatErrorFor(settings),
    // main.js owns the signal handling, so stopping is logged and ends the process once.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo's sandbox from a CDN; nothing here should.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      requestLogPlugin(),
      queryLimitsPlugin(settings.limits),
      operationPolicyPlugin(),
    ],
  });
}

function listen(httpServer, { port, host }) {
  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject);
      resolve(httpServer.address());
    });
  });
}

/**
 * Composes the supergraph, starts Apollo Server and listens on settings.host:settings.port.
 * Resolves to { url, port, stop() }; stop() drains in-flight requests and closes the server.
 * Rejects with a SupergraphError when the committed SDLs are missing or do not compose.
 */
export async function startGateway(settings, { log = jsonLineLogger() } = {}) {
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    ...(await supergraphOptions(settings)),
    logger: apolloLogger(log),
    buildService: ({ url }) => new ForwardingDataSource({ url, fetcher, secret: settings.subgraphSecret }),
  });
  const httpServer = http.createServer();
  const apollo = createApolloServer(settings, gateway, httpServer, log);
  await apollo.start();
  const metrics = new GatewayMetrics();
  const readiness = readinessProbe(settings.subgraphs, {
    timeoutMs: settings.readinessTimeoutMs, cacheMs: settings.readinessCacheMs, metrics,
  });
  httpServer.on('request', createRequestHandler({ apollo, settings, log, metrics, readiness }));
  const address = await listen(httpServer, settings);
  const url = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${address.port}/graphql`;
  log('info', 'gateway.started', { url, subgraphs: settings.subgraphs, supergraph_mode: settings.supergraphMode });
  const stop = async () => {
    await apollo.stop();
    fetcher.destroy();
  };
  return { url, port: address.port, stop };
}
