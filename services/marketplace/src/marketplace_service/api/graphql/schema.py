"""The marketplace subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from servicekit.graphql.paise import PAISE_SCALARS

from marketplace_service.api.graphql.mutations import MarketMutations
from marketplace_service.api.graphql.queries import MarketQueries


def marketplace_schema() -> strawberry.federation.Schema:
    return federation_schema(query=MarketQueries, mutation=MarketMutations, scalars=PAISE_SCALARS)
