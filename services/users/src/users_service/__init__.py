"""The users service: accounts, roles, profiles and the built-in token issuer (or Auth0 mode)."""
