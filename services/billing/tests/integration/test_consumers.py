"""The organizer's facts arrive by users.user.profile_changed; users.user.erased erases the person
but keeps issued documents (the law keeps invoices 8 years)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from billing_service.bootstrap import BillingServices
from billing_service.consumers.users_events import erase_person, keep_profile_facts
from billing_service.service_layer import issuing
from contracts import users as u
from servicekit.events import Envelope

from .scenarios import draft_invoice, family_client, organizer_id, profile_changed, registered_decorator


async def test_an_older_profile_event_does_not_overwrite_a_newer_copy(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    newer = profile_changed(me, gstin=None, state="37")
    older = profile_changed(me)
    stale = older.model_copy(
        update={
            "payload": {**older.payload, "occurred_at": (datetime.now(UTC) - timedelta(days=1)).isoformat()}
        }
    )
    async with deps.unit_of_work() as uow:
        await keep_profile_facts(uow.session, newer)
        await keep_profile_facts(uow.session, stale)
        facts = await uow.profiles.facts(organizer_id(me))
    assert facts is not None
    assert (facts.state_code, facts.gstin) == ("37", None)


async def test_erasure_keeps_issued_invoices_and_erases_the_rest(services: BillingServices) -> None:
    deps = services.deps
    me = await registered_decorator(deps)
    client = await family_client(deps, me)
    issued = await issuing.issue_document(deps, me, await draft_invoice(deps, me, client))
    draft = await draft_invoice(deps, me, client)
    async with deps.unit_of_work() as uow:
        for kind in ("logo", "signature"):
            await uow.images.put(organizer_id(me), kind, "image/png", b"\x89PNG", datetime.now(UTC))
        await uow.commit()
    erased = u.UserErasedV1(
        user_id=organizer_id(me), occurred_at=datetime.now(UTC), erased_by=None, reason="own_request"
    )
    envelope = Envelope(
        id=uuid.uuid4(),
        type=u.USER_ERASED,
        version=1,
        occurred_at=erased.occurred_at,
        producer="users",
        key=str(erased.user_id),
        trace_id=None,
        payload=erased.model_dump(mode="json"),
    )
    async with deps.unit_of_work() as uow:
        await erase_person(uow.session, envelope)
        kept = await uow.documents.get(issued.id)
        gone = await uow.documents.get(draft)
        person = await uow.profiles.client(client)
        facts = await uow.profiles.facts(organizer_id(me))
        phones = await uow.session.scalar(
            sa.text("SELECT phones FROM clients WHERE id = :id"), {"id": client}
        )
        images = await uow.images.kinds_of(organizer_id(me))
    assert kept is not None
    assert kept.recipient is not None
    assert kept.recipient["name"] == "Lakshmi Narayana"
    assert gone is None
    assert person is not None
    assert person.name == "(erased)"
    assert phones == []
    assert facts is not None
    assert facts.name is None
    assert facts.erased_at is not None
    assert images == ["logo"]
