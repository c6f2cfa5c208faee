"""The billing unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from billing_service.adapters.documents_repository import DocumentsRepository
from billing_service.adapters.images_repository import ImagesRepository
from billing_service.adapters.profiles_repository import ProfilesRepository
from billing_service.adapters.reports_repository import ReportsRepository


class BillingUnitOfWork(SqlAlchemyUnitOfWork):
    documents: DocumentsRepository
    profiles: ProfilesRepository
    images: ImagesRepository
    reports: ReportsRepository

    async def __aenter__(self) -> BillingUnitOfWork:
        await super().__aenter__()
        self.documents = DocumentsRepository(self.session)
        self.profiles = ProfilesRepository(self.session)
        self.images = ImagesRepository(self.session)
        self.reports = ReportsRepository(self.session)
        return self
