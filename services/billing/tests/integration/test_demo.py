"""`make demo`'s billing part: the demo organizer's documents through the use cases, made once."""

from __future__ import annotations

import uuid
from collections import Counter

import gst
from billing_service.bootstrap import BillingServices
from billing_service.demo import seed_organizer
from billing_service.service_layer import reads, reports
from servicekit.auth import Caller, Role


async def test_the_demo_organizer_gets_quotations_invoices_payments_once(services: BillingServices) -> None:
    deps, organizer = services.deps, uuid.uuid4()
    me = Caller(user_id=str(organizer), roles=frozenset({Role.USER, Role.ORGANIZER}))

    made = await seed_organizer(deps, organizer)
    again = await seed_organizer(deps, organizer)

    views = await reads.documents(deps, me, organizer, None, first=100, offset=0)
    kinds = Counter((v.document.kind.value, v.document.status.value) for v in views)
    assert (made, again) == (len(views), 0)
    assert kinds == {
        ("quotation", "accepted"): 1,
        ("quotation", "declined"): 1,
        ("quotation", "draft"): 1,
        ("invoice", "issued"): 4,
        ("invoice", "draft"): 1,
        ("receipt_voucher", "issued"): 1,
        ("credit_note", "issued"): 1,
    }
    regimes = {v.document.regime.value for v in views if v.document.regime}
    assert {"intra_state", "inter_state"} <= regimes
    label = gst.financial_year_of(deps.today()).label
    owed = await reports.receivables(deps, me, organizer, label)
    collected = await reports.collections(deps, me, organizer, label, None)
    assert owed.client_count >= 2
    assert {"cash", "cheque", "bank_transfer", "upi"} <= set(collected.by_mode)
