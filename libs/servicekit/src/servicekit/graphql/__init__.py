"""Strawberry federation helpers shared by every subgraph."""

from servicekit.graphql.context import ServiceContext
from servicekit.graphql.expensive import OneExpensiveOperationPerRequest
from servicekit.graphql.schema import federation_schema, print_sdl

__all__ = ["OneExpensiveOperationPerRequest", "ServiceContext", "federation_schema", "print_sdl"]
