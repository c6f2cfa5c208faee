"""The marketplace unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from marketplace_service.adapters.catalogue_repository import CatalogueRepository
from marketplace_service.adapters.images_repository import ImagesRepository
from marketplace_service.adapters.listings_repository import ListingsRepository
from marketplace_service.adapters.orders_repository import OrdersRepository
from marketplace_service.adapters.stores_repository import StoresRepository


class MarketUnitOfWork(SqlAlchemyUnitOfWork):
    stores: StoresRepository
    catalogue: CatalogueRepository
    orders: OrdersRepository
    listings: ListingsRepository
    images: ImagesRepository

    async def __aenter__(self) -> MarketUnitOfWork:
        await super().__aenter__()
        self.stores = StoresRepository(self.session)
        self.catalogue = CatalogueRepository(self.session)
        self.orders = OrdersRepository(self.session)
        self.listings = ListingsRepository(self.session)
        self.images = ImagesRepository(self.session)
        return self
