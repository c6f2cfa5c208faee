"""The discovery subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from servicekit.graphql.paise import PAISE_SCALARS

from discovery_service.api.graphql.mutations import DiscoveryMutations
from discovery_service.api.graphql.queries import DiscoveryQueries


def discovery_schema() -> strawberry.federation.Schema:
    return federation_schema(query=DiscoveryQueries, mutation=DiscoveryMutations, scalars=PAISE_SCALARS)
