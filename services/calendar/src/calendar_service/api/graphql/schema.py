"""The calendar subgraph: Query and Mutation merged from one module per area, so each area's resolvers
live apart (bookings, stock, and the panchangam overlay's `overlay_*` modules)."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from strawberry.tools import merge_types

from calendar_service.api.graphql.booking_mutations import BookingMutations
from calendar_service.api.graphql.booking_queries import BookingQueries
from calendar_service.api.graphql.booking_types import BookingType
from calendar_service.api.graphql.overlay_mutations import OverlayMutations
from calendar_service.api.graphql.overlay_queries import OverlayQueries
from calendar_service.api.graphql.scalars import SCALARS
from calendar_service.api.graphql.stock_mutations import StockMutations
from calendar_service.api.graphql.stock_queries import StockQueries

Query = merge_types("Query", (BookingQueries, StockQueries, OverlayQueries))
Mutation = merge_types("Mutation", (BookingMutations, StockMutations, OverlayMutations))


def calendar_schema() -> strawberry.federation.Schema:
    return federation_schema(query=Query, mutation=Mutation, types=[BookingType], scalars=SCALARS)
