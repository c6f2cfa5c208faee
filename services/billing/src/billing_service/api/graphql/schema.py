"""The billing subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema
from servicekit.graphql.paise import PAISE_SCALARS

from billing_service.api.graphql.challan_mutations import BillingChallanMutations
from billing_service.api.graphql.mutations import BillingMutations
from billing_service.api.graphql.queries import BillingQueries
from billing_service.api.graphql.reports import BillingReportMutations, BillingReportQueries
from billing_service.api.graphql.sales_reports import BillingLedgerMutations, BillingSalesQueries
from billing_service.api.graphql.sharing_mutations import BillingSharingMutations


@strawberry.type(name="Query")
class Query(BillingQueries, BillingReportQueries, BillingSalesQueries):
    """Every query of the subgraph, one module per concern."""


@strawberry.type(name="Mutation")
class Mutation(
    BillingMutations,
    BillingChallanMutations,
    BillingSharingMutations,
    BillingReportMutations,
    BillingLedgerMutations,
):
    """Every mutation of the subgraph, one module per concern."""


def billing_schema() -> strawberry.federation.Schema:
    return federation_schema(query=Query, mutation=Mutation, scalars=PAISE_SCALARS)
