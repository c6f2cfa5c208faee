"""Named scenarios: a Hyderabad decorator registered for GST, its clients, a wedding's lines."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import gst
import india
import sqlalchemy as sa
from billing_service.consumers.users_events import keep_profile_facts
from billing_service.domain.documents import LineInput
from billing_service.domain.vocabulary import DocumentKind
from billing_service.service_layer import clients, drafts, profile
from billing_service.service_layer.dependencies import UseCaseDependencies
from contracts import users as u
from servicekit.auth import Caller, Role
from servicekit.events import Envelope

HYDERABAD_GSTIN = "36AABCT1332L1ZF"
VIJAYAWADA_GSTIN = "37AAPFU0939F1Z" + india.gstin_check_character("37AAPFU0939F1Z")


def organizer() -> Caller:
    return Caller(user_id=str(uuid.uuid4()), roles=frozenset({Role.USER, Role.ORGANIZER}))


def organizer_id(caller: Caller) -> uuid.UUID:
    return uuid.UUID(str(caller.user_id))


def profile_changed(caller: Caller, *, gstin: str | None = HYDERABAD_GSTIN, state: str = "36") -> Envelope:
    payload = u.UserProfileChangedV1(
        user_id=organizer_id(caller),
        occurred_at=datetime.now(UTC),
        changed=["business_name"],
        name="Ramesh Babu",
        preferred_language="te",
        business_name="Sri Sai Decorators",
        gstin=gstin,
        state_code=state,
        address=None,
        default_location=None,
    )
    return Envelope(
        id=uuid.uuid4(),
        type=u.USER_PROFILE_CHANGED,
        version=1,
        occurred_at=payload.occurred_at,
        producer="users",
        key=str(payload.user_id),
        trace_id=None,
        payload=payload.model_dump(mode="json"),
    )


async def registered_decorator(
    deps: UseCaseDependencies, *, registration: gst.RegistrationType = gst.RegistrationType.REGULAR
) -> Caller:
    """An organizer whose profile facts arrived (Telangana, GSTIN) with a billing profile."""
    caller = organizer()
    async with deps.unit_of_work() as uow:
        await keep_profile_facts(uow.session, profile_changed(caller))
        await uow.commit()
    await profile.update_profile(
        deps,
        caller,
        profile.UpdateProfile(
            organizer_id(caller),
            registration,
            upi_id="saidecor@okaxis",
        ),
    )
    return caller


async def family_client(
    deps: UseCaseDependencies, caller: Caller, *, state: str = "36", gstin: str | None = None
) -> uuid.UUID:
    return await clients.save_client(
        deps,
        caller,
        clients.SaveClient(
            organizer_id(caller),
            "Lakshmi Narayana",
            phones=["98480 22338"],
            state_code=state,
            gstin=gstin,
        ),
    )


def wedding_lines() -> list[LineInput]:
    return [
        LineInput("Mandapam decoration", "1", 1_50_000_00, "18", "job", "998596"),
        LineInput("Shamiana rental", "2", 20_000_00, "18", "day", "997319", discount_paise=5_000_00),
    ]


async def draft_invoice(
    deps: UseCaseDependencies, caller: Caller, client_id: uuid.UUID, *, event_state: str | None = "36"
) -> uuid.UUID:
    draft = await drafts.save_draft(
        deps,
        caller,
        drafts.SaveDraft(
            organizer_id(caller),
            DocumentKind.INVOICE,
            wedding_lines(),
            client_id,
            event_state_code=event_state,
        ),
    )
    return draft.id


async def outbox_of(deps: UseCaseDependencies, key: str) -> list[dict[str, Any]]:
    async with deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            sa.text("SELECT type, envelope FROM outbox WHERE key = :key ORDER BY position"), {"key": key}
        )
        return [{"type": r.type, **r.envelope["payload"]} for r in rows]
