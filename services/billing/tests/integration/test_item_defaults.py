"""Per-item defaults: every saved draft remembers, per description, the code, unit, rate and tax rate
last typed, for the organizer only; the next draft (and a booking's quotation) starts from them."""

from __future__ import annotations

import pytest
from billing_service.bootstrap import BillingServices
from billing_service.domain.documents import LineInput
from billing_service.domain.vocabulary import DocumentKind
from billing_service.service_layer import drafts, reads
from servicekit.errors import Forbidden

from .scenarios import family_client, organizer, organizer_id, registered_decorator, wedding_lines


async def test_a_saved_draft_remembers_each_items_last_rate_code_and_unit(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    await drafts.save_draft(
        deps, me, drafts.SaveDraft(organizer_id(me), DocumentKind.QUOTATION, wedding_lines(), client)
    )
    cheaper = [LineInput("Shamiana rental", "3", 18_000_00, "12", "day", "997319")]
    await drafts.save_draft(
        deps, me, drafts.SaveDraft(organizer_id(me), DocumentKind.INVOICE, cheaper, client)
    )

    found = await reads.item_defaults(deps, me, organizer_id(me), first=10, offset=0)

    assert [
        (r.description, r.tax_code, r.unit, r.rate_paise, f"{r.tax_rate.normalize():f}") for r in found
    ] == [
        ("Mandapam decoration", "998596", "job", 1_50_000_00, "18"),
        ("Shamiana rental", "997319", "day", 18_000_00, "12"),
    ]
    other = organizer()
    assert await reads.item_defaults(deps, other, organizer_id(other), first=10, offset=0) == []


async def test_another_organizer_cannot_read_them(services: BillingServices) -> None:
    me = await registered_decorator(services.deps)

    with pytest.raises(Forbidden):
        await reads.item_defaults(services.deps, organizer(), organizer_id(me), first=10, offset=0)
