"""Queries of the discovery graph: the directory, enquiries, notifications, public events."""

from __future__ import annotations

from datetime import date, timedelta

import strawberry
from servicekit.auth.policy import require_authenticated
from servicekit.graphql import described

from discovery_service.api.graphql.context import DiscoveryInfo, caller_of, deps_of
from discovery_service.api.graphql.errors import as_graphql_error
from discovery_service.api.graphql.types import (
    DirectoryEnquiryPageType,
    DirectoryEnquiryType,
    DirectoryNotificationType,
    DirectoryServiceKindType,
    OrganizerListingPageType,
    OrganizerListingType,
    PublicEventListingType,
)
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.vocabulary import SERVICES, ListingSort
from discovery_service.service_layer import listings, public_events, threads
from discovery_service.service_layer.commands import SearchListings


@strawberry.type(name="Query")
class DiscoveryQueries:
    @described.field("The services organizers offer, with their names in English and Telugu.")
    def directory_service_kinds(self) -> list[DirectoryServiceKindType]:
        return [DirectoryServiceKindType.of(kind) for kind in SERVICES.values()]

    @described.field(
        "Organizers by service, district, a date they are free on and text (English or Telugu, either "
        "script, misspellings forgiven); sorted by relevance, rating or price; at most 100 at a time."
    )
    async def search_organizers(
        self,
        info: DiscoveryInfo,
        service: str | None = None,
        district: str | None = None,
        free_on: date | None = None,
        text: str | None = None,
        sort: ListingSort = ListingSort.RELEVANCE,
        first: int = 20,
        offset: int = 0,
    ) -> OrganizerListingPageType:
        async def run() -> OrganizerListingPageType:
            command = SearchListings(service, district, free_on, text, sort, first, offset)
            page = await listings.search_listings(command, deps_of(info))
            items = [OrganizerListingType.of(item) for item in page.items]
            return OrganizerListingPageType(
                items=items, total_count=page.total, has_more=offset + len(items) < page.total
            )

        return await as_graphql_error(run())

    @described.field("One organizer's public profile.")
    async def organizer_listing(
        self, info: DiscoveryInfo, organizer_id: strawberry.ID
    ) -> OrganizerListingType:
        return OrganizerListingType.of(
            await as_graphql_error(listings.get_listing(caller_of(info), str(organizer_id), deps_of(info)))
        )

    @described.field("The signed-in organizer's own profile, null before the first save.")
    async def my_organizer_listing(self, info: DiscoveryInfo) -> OrganizerListingType | None:
        async def run() -> OrganizerListingType | None:
            me = require_authenticated(caller_of(info))
            try:
                return OrganizerListingType.of(await listings.get_listing(caller_of(info), me, deps_of(info)))
            except DirectoryError:
                return None

        return await as_graphql_error(run())

    @described.field("The days (within the range) an organizer has no capacity left; at most 366 days.")
    async def organizer_full_days(
        self, info: DiscoveryInfo, organizer_id: strawberry.ID, start: date, end: date
    ) -> list[date]:
        return await as_graphql_error(
            listings.full_days(str(organizer_id), start, min(end, start + timedelta(days=366)), deps_of(info))
        )

    @described.field("The enquiries you sent, newest first, with the status the organizer gave them.")
    async def my_enquiries(
        self, info: DiscoveryInfo, first: int = 20, offset: int = 0
    ) -> DirectoryEnquiryPageType:
        page = await as_graphql_error(threads.my_enquiries(caller_of(info), first, offset, deps_of(info)))
        return _enquiry_page(page, offset)

    @described.field(
        "The enquiries sent to you as an organizer (super admins: to organizerId), newest first."
    )
    async def organizer_enquiries(
        self, info: DiscoveryInfo, first: int = 20, offset: int = 0, organizer_id: strawberry.ID | None = None
    ) -> DirectoryEnquiryPageType:
        owner = str(organizer_id) if organizer_id else None
        page = await as_graphql_error(
            threads.organizer_enquiries(caller_of(info), owner, first, offset, deps_of(info))
        )
        return _enquiry_page(page, offset)

    @described.field("One enquiry with its thread: for its sender, its organizer and super admins.")
    async def directory_enquiry(self, info: DiscoveryInfo, id: strawberry.ID) -> DirectoryEnquiryType:
        return DirectoryEnquiryType.of(
            await as_graphql_error(threads.get_enquiry(caller_of(info), str(id), deps_of(info)))
        )

    @described.field("The signed-in organizer's notifications, newest first.")
    async def directory_notifications(
        self, info: DiscoveryInfo, first: int = 20, offset: int = 0
    ) -> list[DirectoryNotificationType]:
        found = await as_graphql_error(threads.notifications(caller_of(info), first, offset, deps_of(info)))
        return [DirectoryNotificationType.of(n) for n in found]

    @described.field("Public events in a district (or all) between two days, soonest first; at most 100.")
    async def public_events(
        self,
        info: DiscoveryInfo,
        start: date,
        end: date,
        district: str | None = None,
        first: int = 20,
        offset: int = 0,
    ) -> list[PublicEventListingType]:
        browse = public_events.EventBrowse(district, start, end, first, offset)
        found = await as_graphql_error(public_events.browse_events(browse, deps_of(info)))
        return [PublicEventListingType.of(e) for e in found]

    @described.field("One public event.")
    async def public_event(self, info: DiscoveryInfo, id: strawberry.ID) -> PublicEventListingType:
        return PublicEventListingType.of(
            await as_graphql_error(public_events.get_event(str(id), deps_of(info)))
        )


def _enquiry_page(page: threads.EnquiryPage, offset: int) -> DirectoryEnquiryPageType:
    items = [DirectoryEnquiryType.of(e) for e in page.items]
    return DirectoryEnquiryPageType(
        items=items, total_count=page.total, has_more=offset + len(items) < page.total
    )
