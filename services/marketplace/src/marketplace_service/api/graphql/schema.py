"""The marketplace subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from servicekit.graphql.paise import PAISE_SCALARS
from strawberry.tools import merge_types

from marketplace_service.api.graphql.listing_mutations import ListingMutations
from marketplace_service.api.graphql.listing_queries import ListingQueries
from marketplace_service.api.graphql.mutations import MarketMutations
from marketplace_service.api.graphql.queries import MarketQueries
from marketplace_service.api.graphql.review_queries import ReviewQueries

Query = merge_types("Query", (MarketQueries, ListingQueries, ReviewQueries))
Mutation = merge_types("Mutation", (MarketMutations, ListingMutations))


def marketplace_schema() -> strawberry.federation.Schema:
    return federation_schema(query=Query, mutation=Mutation, scalars=PAISE_SCALARS)
