"""The users subgraph (Strawberry, Federation v2). Resolvers are thin: command in, result out."""
