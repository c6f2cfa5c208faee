// Subgraph requests carry the caller's credentials and the request id: every service verifies the
// token itself (ARCHITECTURE.md section 4) and logs the same request id as the gateway.

import { RemoteGraphQLDataSource } from '@apollo/gateway';

export class ForwardingDataSource extends RemoteGraphQLDataSource {
  willSendRequest({ request, context }) {
    const headers = request.http?.headers;
    if (!headers || !context) {
      // The gateway's own health and introspection calls have no client request behind them.
      return;
    }
    if (context.authorization) {
      headers.set('authorization', context.authorization);
    }
    if (context.requestId) {
      headers.set('x-request-id', context.requestId);
    }
  }
}
