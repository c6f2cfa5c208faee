// Two tiny federated subgraphs, served in-process from the fixture SDLs, that record the headers
// each request brought, so tests can see what the gateway forwards.

import { readFile } from 'node:fs/promises';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { subgraphSdlPath } from '../../src/supergraph.js';

export const FEDERATED_FIXTURES = new URL('../fixtures/federated', import.meta.url).pathname;

const USERS = new Map([['u1', { id: 'u1', name: 'Lakshmi Prasanna' }]]);
const BOOKINGS = [{ id: 'b1', title: 'Gruhapravesam, Vijayawada', organizerId: 'u1' }];

const RESOLVERS = {
  users: {
    Query: {
      me: (_, __, context) => (context.authorization ? USERS.get('u1') : null),
      user: (_, { id }) => USERS.get(id) ?? null,
    },
    User: { __resolveReference: ({ id }) => USERS.get(id) ?? null },
  },
  calendar: {
    Query: { booking: (_, { id }) => BOOKINGS.find((booking) => booking.id === id) ?? null },
    Booking: {
      __resolveReference: ({ id }) => BOOKINGS.find((booking) => booking.id === id) ?? null,
      organizer: (booking) => ({ __typename: 'User', id: booking.organizerId }),
    },
    User: { bookings: ({ id }) => BOOKINGS.filter((booking) => booking.organizerId === id) },
  },
};

async function startSubgraph(name) {
  const typeDefs = parse(await readFile(subgraphSdlPath(FEDERATED_FIXTURES, name), 'utf8'));
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers: RESOLVERS[name] }),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const receivedHeaders = [];
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async ({ req }) => {
      const seen = {
        authorization: req.headers.authorization,
        requestId: req.headers['x-request-id'],
        gatewaySecret: req.headers['x-gateway-secret'],
        forwardedFor: req.headers['x-forwarded-for'],
      };
      receivedHeaders.push(seen);
      return seen;
    },
  });
  return { name, url, receivedHeaders, stop: () => server.stop() };
}

/** Starts the `users` and `calendar` fixture subgraphs on ephemeral ports. */
export async function startFixtureSubgraphs() {
  const subgraphs = await Promise.all(['users', 'calendar'].map(startSubgraph));
  return {
    byName: Object.fromEntries(subgraphs.map((subgraph) => [subgraph.name, subgraph])),
    subgraphsSetting: subgraphs.map(({ name, url }) => `${name}=${url}`).join(','),
    stop: () => Promise.all(subgraphs.map((subgraph) => subgraph.stop())),
  };
}
