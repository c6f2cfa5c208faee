"""Exports: the ICS feed at a secret, revocable URL, CSV at a short-lived signed URL, and a booking's
summary as a WhatsApp link (docs/decisions/0021-ics-feed-at-a-secret-url.md)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from servicekit.auth import Caller
from servicekit.errors import Forbidden
from servicekit.signed_links import mac, mac_matches, read_claims, sign_claims
from servicekit.uow import SqlAlchemyUnitOfWork
from servicekit.whatsapp import wa_me_link

from calendar_service.adapters.ics_feeds import FeedRow, IcsFeedsRepository
from calendar_service.domain.days import local_day
from calendar_service.domain.errors import CalendarError, CalendarErrorCode, not_found
from calendar_service.domain.vocabulary import BookingStatus
from calendar_service.exports.csv_export import bookings_csv
from calendar_service.exports.ics import feed_calendar
from calendar_service.exports.whatsapp import share_text
from calendar_service.service_layer.authorization import Operation, authorize, calendar_owner
from calendar_service.service_layer.overlay_dependencies import OverlayDependencies
from calendar_service.service_layer.overlay_reads import BookingWindow, summary_of

FEED_PURPOSE, CSV_PURPOSE = "ics-feed", "csv-export"
FEED_PAST_DAYS = 90  # a feed shows what is ahead and the last three months
MAX_FEED_BOOKINGS = 2000
MAX_CSV_BOOKINGS = 10000
# A cancelled booking leaves the feed: subscribed calendars drop an event that leaves the feed, while
# STATUS:CANCELLED inside a subscription is honoured by some clients and shown by others.
FEED_STATUSES = tuple(s.value for s in BookingStatus if s is not BookingStatus.CANCELLED)


@dataclass(frozen=True)
class FeedInfo:
    url: str
    created_at: datetime


@dataclass(frozen=True)
class CsvLink:
    url: str
    expires_at: datetime


@dataclass(frozen=True)
class WhatsAppShare:
    url: str
    text: str
    language: str


def _uow(deps: OverlayDependencies) -> SqlAlchemyUnitOfWork:
    return SqlAlchemyUnitOfWork(deps.sessions, producer="calendar")


def _feed_info(row: FeedRow, deps: OverlayDependencies) -> FeedInfo:
    token = f"{row.feed_id.hex}.{mac(deps.secret_key, FEED_PURPOSE, row.feed_id.hex)}"
    return FeedInfo(f"{deps.public_url}/ics/feeds/{token}.ics", row.created_at)


async def create_ics_feed(caller: Caller, deps: OverlayDependencies) -> FeedInfo:
    owner = uuid.UUID(calendar_owner(caller, Operation.MANAGE_FEED))
    row = FeedRow(owner, uuid.uuid4(), deps.clock())
    async with _uow(deps) as uow:
        await IcsFeedsRepository(uow.session).replace(row)
        await uow.commit()
    return _feed_info(row, deps)


async def revoke_ics_feed(caller: Caller, deps: OverlayDependencies) -> FeedInfo:
    owner = uuid.UUID(calendar_owner(caller, Operation.MANAGE_FEED))
    async with _uow(deps) as uow:
        feeds = IcsFeedsRepository(uow.session)
        row = await feeds.of_organizer(owner)
        if row is None:
            raise CalendarError(CalendarErrorCode.FEED_NOT_FOUND, "There is no live calendar feed.")
        await feeds.remove(owner)
        await uow.commit()
    return _feed_info(row, deps)


async def ics_feed(caller: Caller, deps: OverlayDependencies) -> FeedInfo | None:
    owner = uuid.UUID(calendar_owner(caller, Operation.MANAGE_FEED))
    async with deps.sessions() as session:
        row = await IcsFeedsRepository(session).of_organizer(owner)
    return _feed_info(row, deps) if row else None


async def feed_by_token(token: str, deps: OverlayDependencies) -> bytes | None:
    """The feed a URL's token opens, or None for any token that opens nothing (revoked, forged)."""
    feed_hex, _, given = token.partition(".")
    try:
        feed_id = uuid.UUID(hex=feed_hex)
    except ValueError:
        return None
    if feed_id.hex != feed_hex or not mac_matches(deps.secret_key, FEED_PURPOSE, feed_hex, given):
        return None
    now = deps.clock()
    async with deps.sessions() as session:
        row = await IcsFeedsRepository(session).by_feed_id(feed_id)
        if row is None:
            return None
        window = BookingWindow(
            str(row.organizer_id),
            first_day=local_day(now) - timedelta(days=FEED_PAST_DAYS),
            statuses=FEED_STATUSES,
        )
        bookings = await deps.reads(session, now).bookings(window, limit=MAX_FEED_BOOKINGS)
    return feed_calendar("EventXperts bookings", [summary_of(b, now) for b in bookings], now)


@dataclass(frozen=True)
class CsvFilter:
    organizer_id: str | None = None
    first_day: date | None = None
    last_day: date | None = None
    statuses: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    search: str | None = None


async def csv_export_link(caller: Caller, wanted: CsvFilter, deps: OverlayDependencies) -> CsvLink:
    owner = calendar_owner(caller, Operation.EXPORT_BOOKINGS, wanted.organizer_id)
    if wanted.first_day and wanted.last_day and wanted.last_day < wanted.first_day:
        raise CalendarError(
            CalendarErrorCode.INVALID_DATE_RANGE, "The last day is before the first.", "lastDay"
        )
    expires_at = deps.clock() + timedelta(seconds=deps.csv_link_seconds)
    claims = {
        "o": owner,
        "f": wanted.first_day.isoformat() if wanted.first_day else None,
        "l": wanted.last_day.isoformat() if wanted.last_day else None,
        "s": list(wanted.statuses),
        "k": list(wanted.kinds),
        "q": wanted.search,
        "exp": int(expires_at.timestamp()),
    }
    token = sign_claims(deps.secret_key, CSV_PURPOSE, claims)
    return CsvLink(f"{deps.public_url}/ics/exports/{token}.csv", expires_at)


async def csv_by_token(token: str, deps: OverlayDependencies) -> str | None:
    now = deps.clock()
    claims = read_claims(deps.secret_key, CSV_PURPOSE, token, now)
    if claims is None:
        return None
    window = BookingWindow(
        organizer_id=claims["o"],
        first_day=date.fromisoformat(claims["f"]) if claims["f"] else None,
        last_day=date.fromisoformat(claims["l"]) if claims["l"] else None,
        statuses=tuple(claims["s"]),
        kinds=tuple(claims["k"]),
        search=claims["q"],
    )
    async with deps.sessions() as session:
        bookings = await deps.reads(session, now).bookings(window, limit=MAX_CSV_BOOKINGS)
    return bookings_csv(summary_of(b, now) for b in bookings)


async def whatsapp_share(
    caller: Caller, booking_id: str, language: str, deps: OverlayDependencies
) -> WhatsAppShare:
    calendar_owner(caller, Operation.READ_BOOKING)  # signed in, as an organizer or a super admin
    now = deps.clock()
    async with deps.sessions() as session:
        found = await deps.reads(session, now).booking(booking_id)
    # Someone else's booking reads as no booking at all: ids reveal nothing.
    if found is None or not _may_see(caller, str(found.organizer_id)):
        raise not_found("booking", "bookingId")
    booking = summary_of(found, now)
    if not booking.client_phones:
        raise CalendarError(CalendarErrorCode.INVALID_PHONE, "The client has no phone number.", "bookingId")
    text = share_text(booking, language)
    return WhatsAppShare(wa_me_link(booking.client_phones[0], text), text, language)


def _may_see(caller: Caller, organizer_id: str) -> bool:
    try:
        authorize(caller, Operation.READ_BOOKING, owner_id=organizer_id)
    except Forbidden:
        return False
    return True
