"""Public event use cases: publish, browse by district and dates, mark interested."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from servicekit.auth import Caller
from servicekit.auth.policy import require_authenticated
from servicekit.errors import InputChecks

from discovery_service.domain import checks as check
from discovery_service.domain.errors import DirectoryError, not_found
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.domain.public_event import LONGEST_EVENT, PUBLIC_EVENT_KINDS, PublicEvent
from discovery_service.domain.vocabulary import EntryKind
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.commands import PublishEvent
from discovery_service.service_layer.dependencies import INDIA, UseCaseDependencies
from discovery_service.service_layer.enquiries import new_id
from discovery_service.service_layer.listings import parse_id


async def publish_event(command: PublishEvent, deps: UseCaseDependencies) -> PublicEvent:
    publisher = authorize(command.caller, Operation.PUBLISH_EVENT, owner_ids=(command.caller.user_id or "",))
    now = deps.clock()
    event = _checked(command, uuid.UUID(publisher), deps, now)
    async with deps.unit_of_work() as uow:
        await uow.events.add(event)
        await uow.commit()
    return event


def _checked(
    command: PublishEvent, publisher: uuid.UUID, deps: UseCaseDependencies, now: datetime
) -> PublicEvent:
    checks = InputChecks()
    title = checks.check(lambda: check.text(command.title, "title", longest=150, code=Code.INVALID_NAME))
    kind = checks.check(lambda: _kind(command.kind))
    checks.check(lambda: _when(command.starts_at, command.ends_at, deps.today()))
    venue = checks.check(lambda: check.text(command.venue, "venue", longest=300))
    district = checks.check(lambda: check.district(command.district, "district"))
    map_link = checks.check(lambda: check.link(command.map_link, "mapLink"))
    description = checks.check(lambda: check.optional_text(command.description, "description", longest=5000))
    entry_link = checks.check(lambda: check.link(command.entry_link, "entryLink"))
    if command.entry is EntryKind.LINK and not command.entry_link:
        checks.failures.append(DirectoryError(Code.INVALID_LINK, "Give the link for entry.", "entryLink"))
    checks.raise_failures()
    assert title is not None
    assert kind is not None
    assert venue is not None
    assert district is not None
    return PublicEvent(
        new_id(),
        publisher,
        title,
        kind,
        command.starts_at,
        command.ends_at,
        venue,
        district.id,
        map_link,
        description,
        command.entry,
        entry_link,
        0,
        now,
    )


def _kind(value: str) -> str:
    kind = value.strip().lower()
    if kind not in PUBLIC_EVENT_KINDS:
        raise DirectoryError(Code.UNKNOWN_EVENT_KIND, "Choose one of the listed kinds of event.", "kind")
    return kind


def _when(starts_at: datetime, ends_at: datetime, today: date) -> None:
    if starts_at.tzinfo is None or ends_at.tzinfo is None:
        raise DirectoryError(Code.INVALID_DATES, "Give the time with its zone (e.g. +05:30).", "startsAt")
    check.event_day(starts_at.astimezone(INDIA).date(), today, "startsAt")
    if ends_at <= starts_at:
        raise DirectoryError(Code.END_BEFORE_START, "The event must end after it starts.", "endsAt")
    if ends_at - starts_at > timedelta(days=LONGEST_EVENT):
        raise DirectoryError(Code.INVALID_DATES, "An event lasts at most 14 days.", "endsAt")


@dataclass(frozen=True)
class EventBrowse:
    district: str | None
    start: date
    end: date
    first: int = 20
    offset: int = 0


async def browse_events(browse: EventBrowse, deps: UseCaseDependencies) -> list[PublicEvent]:
    district = check.district(browse.district).id if browse.district else None
    check.page_size(browse.first, browse.offset)
    if browse.end < browse.start or browse.end - browse.start > timedelta(days=366):
        raise DirectoryError(
            Code.INVALID_DATES, "Browse at most a year, from an earlier to a later day.", "to"
        )
    start = datetime.combine(browse.start, time.min, INDIA)
    end = datetime.combine(browse.end + timedelta(days=1), time.min, INDIA)
    async with deps.unit_of_work() as uow:
        return await uow.events.between(district, start, end, browse.first, browse.offset)


async def get_event(event_id: str, deps: UseCaseDependencies) -> PublicEvent:
    async with deps.unit_of_work() as uow:
        event = await uow.events.get(parse_id(event_id, "event", "eventId"))
    if event is None:
        raise not_found("event", "eventId")
    return event


async def mark_interested(caller: Caller, event_id: str, deps: UseCaseDependencies) -> int:
    user = uuid.UUID(require_authenticated(caller))
    authorize(caller, Operation.MARK_INTERESTED, owner_ids=(str(user),))
    async with deps.unit_of_work() as uow:
        event = await uow.events.get(parse_id(event_id, "event", "eventId"))
        if event is None:
            raise not_found("event", "eventId")
        count = await uow.events.mark_interested(event.id, user, deps.clock())
        await uow.commit()
    return count
