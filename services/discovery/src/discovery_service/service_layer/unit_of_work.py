"""The discovery unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from discovery_service.adapters.availability_repository import AvailabilityRepository
from discovery_service.adapters.enquiries_repository import EnquiriesRepository
from discovery_service.adapters.events_repository import PublicEventsRepository
from discovery_service.adapters.listings_repository import ListingsRepository
from discovery_service.adapters.reviews_repository import ReviewsRepository


class DiscoveryUnitOfWork(SqlAlchemyUnitOfWork):
    listings: ListingsRepository
    availability: AvailabilityRepository
    enquiries: EnquiriesRepository
    reviews: ReviewsRepository
    events: PublicEventsRepository

    async def __aenter__(self) -> DiscoveryUnitOfWork:
        await super().__aenter__()
        self.listings = ListingsRepository(self.session)
        self.availability = AvailabilityRepository(self.session)
        self.enquiries = EnquiriesRepository(self.session)
        self.reviews = ReviewsRepository(self.session)
        self.events = PublicEventsRepository(self.session)
        return self
