// Subgraph requests carry the gateway's secret, the caller's credentials, the request id and the
// client's address: every service answers /graphql only with the secret (docs/decisions/0013),
// verifies the token itself (ARCHITECTURE.md section 4) and logs the same request id as the gateway.

import { RemoteGraphQLDataSource } from '@apollo/gateway';

export const GATEWAY_SECRET_HEADER = 'x-gateway-secret';

export class ForwardingDataSource extends RemoteGraphQLDataSource {
  constructor({ secret, ...options }) {
    super(options);
    this.secret = secret;
  }

  willSendRequest({ request, context }) {
    const headers = request.http?.headers;
    if (!headers) return;
    // Also on the gateway's own calls (introspection in SUPERGRAPH_MODE=introspect).
    headers.set(GATEWAY_SECRET_HEADER, this.secret);
    if (context?.authorization) {
      headers.set('authorization', context.authorization);
    }
    if (context?.requestId) {
      headers.set('x-request-id', context.requestId);
    }
    if (context?.clientAddress) {
      headers.set('x-forwarded-for', context.clientAddress);
    }
  }
}
