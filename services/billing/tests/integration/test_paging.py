"""Billing's lists refuse a page outside servicekit.paging's bounds instead of quietly reading another."""

from __future__ import annotations

import pytest
from billing_service.bootstrap import BillingServices
from billing_service.service_layer import reads
from servicekit.errors import DomainError

from .scenarios import organizer, organizer_id


@pytest.mark.parametrize(("first", "offset"), [(10, -1), (10, 10_001), (0, 0), (101, 0)])
async def test_a_page_out_of_bounds_is_invalid_page_size(
    services: BillingServices, first: int, offset: int
) -> None:
    me = organizer()
    for listing in (
        reads.documents(services.deps, me, organizer_id(me), None, first=first, offset=offset),
        reads.clients(services.deps, me, organizer_id(me), first=first, offset=offset),
    ):
        with pytest.raises(DomainError) as refused:
            await listing
        assert refused.value.code == "INVALID_PAGE_SIZE"
