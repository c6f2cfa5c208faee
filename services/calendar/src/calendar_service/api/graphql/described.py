"""Resolvers with a description in the SDL: servicekit's typed wrappers, shared by every subgraph."""

from __future__ import annotations

from servicekit.graphql.described import field, mutation

__all__ = ["field", "mutation"]
