"""The edge: the platform's one public origin (nginx), routing the app, the gateway and the public
prefixes of the services to where they are served (docs/decisions/0011-the-edge-one-public-origin.md)."""
