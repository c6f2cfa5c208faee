"""Listing use cases: an organizer saves their public profile; anyone reads and searches the directory."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from functools import partial

from servicekit.auth import Caller
from servicekit.errors import DomainError, InputChecks

from discovery_service.adapters.listings_repository import ListingPage, ListingQuery
from discovery_service.domain import checks as check
from discovery_service.domain.errors import DirectoryError, not_found
from discovery_service.domain.errors import DirectoryErrorCode as Code
from discovery_service.domain.listing import Listing, ServiceOffer
from discovery_service.domain.vocabulary import ContactWay
from discovery_service.service_layer.authorization import Operation, authorize
from discovery_service.service_layer.commands import OfferDraft, SaveListing, SearchListings
from discovery_service.service_layer.dependencies import UseCaseDependencies


def parse_id(value: str, what: str, field: str) -> uuid.UUID:
    """An id from outside; a malformed one names nothing (NOT_FOUND), never an internal error."""
    try:
        return uuid.UUID(value)
    except ValueError:
        raise not_found(what, field) from None


def organizer_uuid(value: str, field: str = "organizerId") -> uuid.UUID:
    return parse_id(value, "organizer", field)


async def save_listing(command: SaveListing, deps: UseCaseDependencies) -> Listing:
    owner = command.organizer_id or command.caller.user_id or ""
    authorize(command.caller, Operation.MANAGE_LISTING, owner_ids=(owner,))
    now = deps.clock()
    async with deps.unit_of_work() as uow:
        before = await uow.listings.get(organizer_uuid(owner), for_update=True)
        listing = checked_listing(command, organizer_uuid(owner), before, now)
        await uow.listings.save(listing)
        await uow.commit()
    return listing


def checked_listing(
    command: SaveListing, organizer_id: uuid.UUID, before: Listing | None, now: datetime
) -> Listing:
    checks = InputChecks()
    name = checks.check(
        lambda: check.text(command.display_name, "displayName", longest=120, code=Code.INVALID_NAME)
    )
    name_te = checks.check(lambda: check.optional_text(command.display_name_te, "displayNameTe", longest=120))
    about = checks.check(lambda: check.optional_text(command.about, "about", longest=3000))
    offers = [checks.check(partial(_offer, o, i)) for i, o in enumerate(command.services)]
    if not command.services or len(command.services) > 20:
        checks.failures.append(DirectoryError(Code.UNKNOWN_SERVICE, "Offer 1 to 20 services.", "services"))
    districts = [
        checks.check(partial(_district_id, d, f"districts.{i}")) for i, d in enumerate(command.districts)
    ]
    if not command.districts:
        checks.failures.append(
            DirectoryError(Code.UNKNOWN_DISTRICT, "Choose the districts you serve.", "districts")
        )
    languages = [
        checks.check(partial(check.language, v, f"languages.{i}")) for i, v in enumerate(command.languages)
    ]
    ways = [
        checks.check(partial(_contact_way, v, f"contactWays.{i}")) for i, v in enumerate(command.contact_ways)
    ]
    phone = checks.check(
        lambda: check.phone(command.contact_phone, "contactPhone") if command.contact_phone else None
    )
    email = checks.check(lambda: check.email(command.contact_email, "contactEmail"))
    checks.raise_failures()
    assert name is not None
    return Listing(
        organizer_id=organizer_id,
        display_name=name,
        display_name_te=name_te,
        about=about,
        services=tuple(_distinct_by_service([o for o in offers if o is not None])),
        district_ids=tuple(dict.fromkeys(d for d in districts if d)),
        languages=tuple(dict.fromkeys(v for v in languages if v)),
        contact_ways=tuple(dict.fromkeys(v for v in ways if v)),
        contact_phone=phone,
        contact_email=email,
        published=command.published,
        created_at=before.created_at if before else now,
        updated_at=now,
        deactivated=before.deactivated if before else False,
        rating_sum=before.rating_sum if before else 0,
        rating_count=before.rating_count if before else 0,
    )


def _district_id(value: str, field: str) -> str:
    return check.district(value, field).id


def _offer(draft: OfferDraft, index: int) -> ServiceOffer:
    slug = check.service(draft.service, f"services.{index}.service")
    low, high = check.price_range(draft.min_paise, draft.max_paise, f"services.{index}.minPaise")
    return ServiceOffer(slug, low, high)


def _distinct_by_service(offers: list[ServiceOffer]) -> list[ServiceOffer]:
    return list({o.service: o for o in offers}.values())


def _contact_way(value: str, field: str) -> str:
    try:
        return ContactWay(value.strip().lower()).value
    except ValueError:
        raise DirectoryError(Code.INVALID_INPUT, "Choose in-app, phone, WhatsApp or email.", field) from None


async def get_listing(caller: Caller, organizer_id: str, deps: UseCaseDependencies) -> Listing:
    """A visible listing for anyone; the owner and super admins also see an unpublished one."""
    async with deps.unit_of_work() as uow:
        listing = await uow.listings.get(organizer_uuid(organizer_id))
    if listing is None:
        raise not_found("organizer", "organizerId")
    if not listing.visible and not _may_manage(caller, organizer_id):
        raise not_found("organizer", "organizerId")
    return listing


def _may_manage(caller: Caller, organizer_id: str) -> bool:
    try:
        authorize(caller, Operation.MANAGE_LISTING, owner_ids=(organizer_id,))
    except DomainError:  # NotAuthenticated / Forbidden: not theirs to see
        return False
    return True


async def search_listings(command: SearchListings, deps: UseCaseDependencies) -> ListingPage:
    checks = InputChecks()
    service = checks.check(lambda: check.service(command.service, "service") if command.service else None)
    district = checks.check(
        lambda: check.district(command.district, "district").id if command.district else None
    )
    day = checks.check(
        lambda: check.event_day(command.free_on, deps.today(), "date") if command.free_on else None
    )
    text = checks.check(lambda: check.optional_text(command.text, "text", longest=200))
    checks.check(lambda: check.page_size(command.first, command.offset))
    checks.raise_failures()
    query = ListingQuery(service, district, day, text, command.sort, command.first, command.offset)
    async with deps.unit_of_work() as uow:
        return await uow.listings.search(query)


async def full_days(organizer_id: str, first: date, last: date, deps: UseCaseDependencies) -> list[date]:
    """The days an organizer is fully booked, for the organizer page's calendar."""
    async with deps.unit_of_work() as uow:
        return await uow.availability.full_days(organizer_uuid(organizer_id), first, last)
