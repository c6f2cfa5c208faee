"""The edges of the users service: GraphQL and the OIDC discovery routes."""
