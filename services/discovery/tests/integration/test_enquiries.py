"""Enquiries: sent to one or up to five organizers with their events in the same transaction, the
limits against spam, the thread, and the status the calendar reports back."""

from __future__ import annotations

import uuid
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from contracts import calendar as c
from contracts import discovery as d
from discovery_service.bootstrap import DiscoveryServices, build_services
from discovery_service.consumers.bookings import follow_booking
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.vocabulary import EnquiryStatus
from discovery_service.service_layer import blocks, enquiries, threads
from discovery_service.settings import DiscoverySettings
from mail.testing import LocalSmtpServer
from servicekit.errors import InvalidInput
from servicekit.outbox.tables import outbox
from servicekit.testing.fixtures import isolated_sessions
from sqlalchemy.ext.asyncio import AsyncEngine

from .scenarios import booking_event, family, id_of, in_days, organizer, tent_house, wedding_enquiry


async def test_one_enquiry_to_two_organizers_makes_two_leads_with_their_events(
    services: DiscoveryServices,
) -> None:
    deps = services.deps
    first, second = await tent_house(deps), await tent_house(deps, display_name="Durga Tents")
    me = family()
    sent = await enquiries.send_enquiry(wedding_enquiry(me, [first.organizer_id, second.organizer_id]), deps)
    assert {e.organizer_id for e in sent} == {first.organizer_id, second.organizer_id}
    assert len({e.batch_id for e in sent}) == 1
    async with deps.unit_of_work() as uow:
        rows = (
            await uow.session.execute(
                sa.select(outbox.c.type, outbox.c.key, outbox.c.envelope).where(
                    outbox.c.type == d.ENQUIRY_CREATED
                )
            )
        ).all()
        notices = await uow.enquiries.notifications(first.organizer_id, 10, 0)
    assert {r.key for r in rows} == {str(e.id) for e in sent}
    payload = d.EnquiryCreatedV1.model_validate(rows[0].envelope["payload"])
    assert payload.venue.district_id == "ntr"
    assert payload.contact.phone == "+919876543210"
    assert notices[0].kind == "enquiry_received"
    assert "Suresh Kumar" in notices[0].summary


async def test_the_calendar_moving_the_booking_shows_in_my_enquiries(services: DiscoveryServices) -> None:
    deps = services.deps
    listing = await tent_house(deps)
    me = family()
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    booking = uuid.uuid4()
    at = datetime.now(UTC)
    async with deps.unit_of_work() as uow:
        await follow_booking(
            uow.session,
            booking_event(
                c.BOOKING_CREATED, listing.organizer_id, sent.id, "enquiry", booking_id=booking, at=at
            ),
        )
        await follow_booking(
            uow.session,
            booking_event(
                c.BOOKING_CONFIRMED,
                listing.organizer_id,
                sent.id,
                "confirmed",
                booking_id=booking,
                at=at + timedelta(seconds=1),
            ),
        )
        # Delivered late: an older event does not undo the confirmation.
        await follow_booking(
            uow.session,
            booking_event(
                c.BOOKING_TENTATIVE, listing.organizer_id, sent.id, "tentative", booking_id=booking, at=at
            ),
        )
        await uow.commit()
    page = await threads.my_enquiries(me, 20, 0, deps)
    assert [(e.status, e.booking_id) for e in page.items] == [(EnquiryStatus.CONFIRMED, booking)]


async def test_a_booking_of_another_organizer_does_not_move_the_enquiry(services: DiscoveryServices) -> None:
    deps = services.deps
    listing = await tent_house(deps)
    [sent] = await enquiries.send_enquiry(wedding_enquiry(family(), [listing.organizer_id]), deps)
    async with deps.unit_of_work() as uow:
        await follow_booking(
            uow.session, booking_event(c.BOOKING_CONFIRMED, uuid.uuid4(), sent.id, "confirmed")
        )
        await uow.commit()
        kept = await uow.enquiries.get(sent.id)
    assert kept is not None
    assert kept.status is EnquiryStatus.SENT


async def test_the_thread_is_for_the_two_parties_only(services: DiscoveryServices) -> None:
    deps = services.deps
    owner = organizer()
    listing = await tent_house(deps, caller=owner)
    me = family()
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    await threads.post_message(me, str(sent.id), "Can you do <b>marigold</b> too?", deps)
    await threads.post_message(owner, str(sent.id), "Yes, Rs 5,000 more.", deps)
    [messages] = await threads.threads_of([sent.id], deps)
    assert [(m.from_organizer, m.body) for m in messages] == [
        (False, "Can you do <b>marigold</b> too?"),
        (True, "Yes, Rs 5,000 more."),
    ]
    with pytest.raises(DirectoryError) as raised:
        await threads.post_message(family(), str(sent.id), "hello", deps)
    assert raised.value.code == "NOT_FOUND"
    with pytest.raises(DirectoryError) as raised:
        await threads.get_enquiry(organizer(), str(sent.id), deps)
    assert raised.value.code == "NOT_FOUND"


async def test_a_blocked_user_can_send_no_enquiry_or_message(services: DiscoveryServices) -> None:
    deps = services.deps
    owner = organizer()
    listing = await tent_house(deps, caller=owner)
    me = family()
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    await blocks.set_blocked(owner, str(me.user_id), True, deps)
    for attempt in (
        enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps),
        threads.post_message(me, str(sent.id), "Please reply", deps),
    ):
        with pytest.raises(DirectoryError) as raised:
            await attempt
        assert raised.value.code == "BLOCKED"
    await blocks.set_blocked(owner, str(me.user_id), False, deps)
    assert len(await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)) == 1


async def test_a_user_who_blocks_an_organizer_hears_no_more_from_them(services: DiscoveryServices) -> None:
    deps = services.deps
    owner = organizer()
    listing = await tent_house(deps, caller=owner)
    me = family()
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    await blocks.set_organizer_blocked(me, str(listing.organizer_id), True, deps)
    await blocks.set_organizer_blocked(me, str(listing.organizer_id), True, deps)  # twice is once
    assert (await blocks.blocked_by(me, [sent], deps), await blocks.blocked_by(owner, [sent], deps)) == (
        [True],
        [False],
    )
    with pytest.raises(DirectoryError) as raised:
        await threads.post_message(owner, str(sent.id), "Shall we talk?", deps)
    assert (raised.value.code, raised.value.field) == ("BLOCKED", "enquiryId")
    with pytest.raises(DirectoryError) as raised:
        await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    assert (raised.value.code, raised.value.field) == ("ORGANIZER_BLOCKED", "organizerIds.0")
    # The user may still write: the organizer did not block them.
    await threads.post_message(me, str(sent.id), "Not interested any more", deps)
    await blocks.set_organizer_blocked(me, str(listing.organizer_id), False, deps)
    assert (await threads.post_message(owner, str(sent.id), "Noted", deps)).from_organizer


async def test_a_user_cannot_block_themselves_or_a_malformed_id(services: DiscoveryServices) -> None:
    me = family()
    for organizer_id, code in ((str(me.user_id), "INVALID_INPUT"), ("not-an-id", "NOT_FOUND")):
        with pytest.raises(DirectoryError) as raised:
            await blocks.set_organizer_blocked(me, organizer_id, True, services.deps)
        assert (raised.value.code, raised.value.field) == (code, "organizerId")


async def test_an_organizer_cannot_block_themselves(services: DiscoveryServices) -> None:
    owner = organizer()
    with pytest.raises(DirectoryError) as raised:
        await blocks.set_blocked(owner, str(owner.user_id), True, services.deps)
    assert (raised.value.code, raised.value.field) == ("INVALID_INPUT", "userId")


async def test_a_deactivated_organizer_takes_no_enquiries(services: DiscoveryServices) -> None:
    deps = services.deps
    listing = await tent_house(deps)
    async with deps.unit_of_work() as uow:
        await uow.listings.set_deactivated(listing.organizer_id)
        await uow.commit()
    with pytest.raises(DirectoryError) as raised:
        await enquiries.send_enquiry(wedding_enquiry(family(), [listing.organizer_id]), deps)
    assert (raised.value.code, raised.value.field) == ("ORGANIZER_UNAVAILABLE", "organizerIds.0")


async def test_the_daily_limit_counts_every_organizer_written_to(services: DiscoveryServices) -> None:
    deps = replace(services.deps, enquiries_per_user_per_hour=100)
    organizers = [(await tent_house(deps, display_name=f"Tents {n}")).organizer_id for n in range(5)]
    me = family()
    for _ in range(deps.enquiries_per_user_per_day // 5):
        await enquiries.send_enquiry(wedding_enquiry(me, organizers), deps)
    with pytest.raises(DirectoryError) as raised:
        await enquiries.send_enquiry(wedding_enquiry(me, organizers[:1]), deps)
    assert raised.value.code == "DAILY_LIMIT_REACHED"


async def test_the_hourly_limit_counts_every_organizer_written_to(services: DiscoveryServices) -> None:
    deps = replace(services.deps, enquiries_per_user_per_hour=6)
    organizers = [(await tent_house(deps, display_name=f"Tents {n}")).organizer_id for n in range(5)]
    me = family()
    await enquiries.send_enquiry(wedding_enquiry(me, organizers), deps)
    with pytest.raises(DirectoryError) as raised:
        await enquiries.send_enquiry(wedding_enquiry(me, organizers[:2]), deps)
    assert (raised.value.code, raised.value.field) == ("HOURLY_LIMIT_REACHED", "organizerIds")
    later = replace(deps, clock=lambda: datetime.now(UTC) + timedelta(minutes=61))
    assert len(await enquiries.send_enquiry(wedding_enquiry(me, organizers[:2]), later)) == 2


async def test_a_retried_send_returns_its_first_enquiries_and_writes_nothing_again(
    services: DiscoveryServices,
) -> None:
    deps = replace(services.deps, enquiries_per_user_per_hour=5)
    organizers = [(await tent_house(deps, display_name=f"Tents {n}")).organizer_id for n in range(5)]
    me = family()
    key = str(uuid.uuid4())
    first = await enquiries.send_enquiry(wedding_enquiry(me, organizers, request_key=key), deps)
    # At the hourly limit already: the retry is still answered, as it sends nothing new.
    again = await enquiries.send_enquiry(wedding_enquiry(me, organizers, request_key=key), deps)
    assert [e.id for e in again] == [e.id for e in first]
    assert [e.organizer_id for e in again] == organizers
    async with deps.unit_of_work() as uow:
        created = await uow.session.scalar(
            sa.select(sa.func.count())
            .select_from(outbox)
            .where(outbox.c.type == d.ENQUIRY_CREATED, outbox.c.key.in_([str(e.id) for e in first]))
        )
        notices = await uow.enquiries.notifications(organizers[0], 10, 0)
    assert (created, len(notices)) == (5, 1)


async def test_a_request_key_used_for_other_organizers_is_refused(services: DiscoveryServices) -> None:
    deps = services.deps
    first, second = await tent_house(deps), await tent_house(deps, display_name="Durga Tents")
    me = family()
    key = str(uuid.uuid4())
    await enquiries.send_enquiry(wedding_enquiry(me, [first.organizer_id], request_key=key), deps)
    with pytest.raises(DirectoryError) as raised:
        await enquiries.send_enquiry(wedding_enquiry(me, [second.organizer_id], request_key=key), deps)
    assert (raised.value.code, raised.value.field) == ("REQUEST_KEY_REUSED", "requestKey")
    # Another user's send may use the same key: keys are per sender.
    other = await enquiries.send_enquiry(
        wedding_enquiry(family(), [first.organizer_id], request_key=key), deps
    )
    assert len(other) == 1


async def test_withdrawing_closes_the_enquiry_once(services: DiscoveryServices) -> None:
    deps = services.deps
    listing = await tent_house(deps)
    me = family()
    [sent] = await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id]), deps)
    withdrawn = await enquiries.withdraw_enquiry(me, str(sent.id), deps)
    assert withdrawn.status is EnquiryStatus.WITHDRAWN
    with pytest.raises(DirectoryError) as raised:
        await enquiries.withdraw_enquiry(me, str(sent.id), deps)
    assert raised.value.code == "ENQUIRY_CLOSED"
    async with deps.unit_of_work() as uow:
        await follow_booking(
            uow.session, booking_event(c.BOOKING_CONFIRMED, listing.organizer_id, sent.id, "confirmed")
        )
        await uow.commit()
        kept = await uow.enquiries.get(sent.id)
    assert kept is not None
    assert kept.status is EnquiryStatus.WITHDRAWN


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"organizer_ids": []}, "NO_ORGANIZERS", "organizerIds"),
        ({"organizer_ids": [str(uuid.uuid4()) for _ in range(6)]}, "TOO_MANY_ORGANIZERS", "organizerIds"),
        ({"organizer_ids": ["not-an-id"]}, "NOT_FOUND", "organizerIds.0"),
        ({"kind": "funeral"}, "UNKNOWN_EVENT_KIND", "kind"),
        ({"preferred_dates": [in_days(-1)]}, "DATE_IN_PAST", "preferredDates.0"),
        ({"preferred_dates": [in_days(5 * 366 + 1)]}, "DATE_TOO_FAR", "preferredDates.0"),
        ({"preferred_dates": []}, "INVALID_DATES", "preferredDates"),
        ({"district": "Mumbai"}, "UNKNOWN_DISTRICT", "district"),
        ({"pin_code": "500001"}, "INVALID_PIN_CODE", "pinCode"),
        ({"message": "x" * 2001}, "TEXT_TOO_LONG", "message"),
        ({"message": "hi\x00there"}, "INVALID_TEXT", "message"),
        ({"contact_phone": "12345"}, "INVALID_PHONE", "contactPhone"),
        ({"guest_count": 0}, "INVALID_GUEST_COUNT", "guestCount"),
        ({"budget_min_paise": 10_000, "budget_max_paise": 5_000}, "INVALID_PRICE_RANGE", "budgetMinPaise"),
        ({"request_key": "short"}, "INVALID_REQUEST_KEY", "requestKey"),
        ({"request_key": "<script>alert(1)</script>"}, "INVALID_REQUEST_KEY", "requestKey"),
    ],
)
async def test_bad_enquiry_input_is_a_typed_error_and_nothing_is_written(
    services: DiscoveryServices, changes: dict[str, object], code: str, field: str
) -> None:
    deps = services.deps
    listing = await tent_house(deps)
    me = family()
    with pytest.raises((DirectoryError, InvalidInput)) as raised:
        await enquiries.send_enquiry(wedding_enquiry(me, [listing.organizer_id], **changes), deps)
    errors = raised.value.errors if isinstance(raised.value, InvalidInput) else [raised.value]
    assert [(e.code, e.field) for e in errors] == [(code, field)]
    assert (await threads.my_enquiries(me, 20, 0, deps)).total == 0


async def test_a_guest_cannot_send_an_enquiry(services: DiscoveryServices) -> None:
    from servicekit.auth import Caller
    from servicekit.errors import NotAuthenticated

    listing = await tent_house(services.deps)
    with pytest.raises(NotAuthenticated):
        await enquiries.send_enquiry(
            wedding_enquiry(Caller(user_id=None), [listing.organizer_id]), services.deps
        )


async def test_an_organizer_reads_only_their_own_inbox(services: DiscoveryServices) -> None:
    deps = services.deps
    owner = organizer()
    listing = await tent_house(deps, caller=owner)
    await enquiries.send_enquiry(wedding_enquiry(family(), [listing.organizer_id]), deps)
    assert (await threads.organizer_enquiries(owner, None, 20, 0, deps)).total == 1
    assert (await threads.organizer_enquiries(organizer(), None, 20, 0, deps)).total == 0
    _ = id_of(owner)


async def test_an_organizer_who_takes_email_hears_of_the_enquiry_by_email(
    service_engine: AsyncEngine, service_settings: DiscoverySettings
) -> None:
    with LocalSmtpServer.running() as smtp:
        settings = service_settings.model_copy(
            update={"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "none"}
        )
        async with asynccontextmanager(isolated_sessions)(service_engine) as sessions:
            deps = build_services(settings, service_engine, sessions).deps
            by_mail = await tent_house(
                deps, contact_ways=["in_app", "email"], contact_email="lakshmi@tents.in"
            )
            in_app = await tent_house(deps, contact_email="durga@tents.in")
            await enquiries.send_enquiry(
                wedding_enquiry(family(), [by_mail.organizer_id, in_app.organizer_id]), deps
            )
            assert deps.mail is not None
            await deps.mail.drain()
        [received] = smtp.wait_for("lakshmi@tents.in")
        assert "Suresh Kumar" in received.text
        assert [m.recipients for m in smtp.received] == [("lakshmi@tents.in",)]
