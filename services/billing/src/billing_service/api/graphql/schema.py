"""The billing subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from servicekit.graphql.paise import PAISE_SCALARS

from billing_service.api.graphql.mutations import BillingMutations
from billing_service.api.graphql.queries import BillingQueries


def billing_schema() -> strawberry.federation.Schema:
    return federation_schema(query=BillingQueries, mutation=BillingMutations, scalars=PAISE_SCALARS)
