"""What the graph reads: documents with their balances, clients, the profile and its series."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from servicekit.auth import Caller
from servicekit.paging import checked_page

from billing_service.domain.documents import Document
from billing_service.domain.vocabulary import DocumentKind, DocumentStatus
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.drafts import owned

MAX_PAGE = 100


@dataclass(frozen=True)
class DocumentView:
    document: Document
    balance_paise: int | None  # issued invoices only


@dataclass(frozen=True)
class ProfileView:
    organizer_id: uuid.UUID
    facts: Any
    profile: Any
    series: list[Any]
    images: list[str]  # which of logo and signature are kept


async def _view(uow: Any, document: Document) -> DocumentView:
    issued_invoice = document.kind is DocumentKind.INVOICE and document.status is DocumentStatus.ISSUED
    return DocumentView(document, await uow.documents.balance_paise(document) if issued_invoice else None)


async def document(deps: UseCaseDependencies, caller: Caller, document_id: uuid.UUID) -> DocumentView:
    async with deps.unit_of_work() as uow:
        return await _view(uow, await owned(uow, caller, document_id, Operation.READ_DOCUMENTS))


async def documents(
    deps: UseCaseDependencies,
    caller: Caller,
    organizer_id: uuid.UUID,
    kind: DocumentKind | None,
    *,
    first: int,
    offset: int,
) -> list[DocumentView]:
    authorize(caller, Operation.READ_DOCUMENTS, owner_id=str(organizer_id))
    async with deps.unit_of_work() as uow:
        page = checked_page(first, offset)
        found = await uow.documents.page(organizer_id, kind, offset=page.offset, limit=page.first)
        return [await _view(uow, d) for d in found]


async def clients(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, *, first: int, offset: int
) -> list[Any]:
    authorize(caller, Operation.READ_CLIENTS, owner_id=str(organizer_id))
    async with deps.unit_of_work() as uow:
        page = checked_page(first, offset)
        return await uow.profiles.clients(organizer_id, offset=page.offset, limit=page.first)


async def item_defaults(
    deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID, *, first: int, offset: int
) -> list[Any]:
    """What the organizer last typed for each item (code, unit, rate, tax rate), by description."""
    authorize(caller, Operation.READ_CLIENTS, owner_id=str(organizer_id))
    async with deps.unit_of_work() as uow:
        page = checked_page(first, offset)
        return await uow.profiles.item_defaults(organizer_id, offset=page.offset, limit=page.first)


async def profile(deps: UseCaseDependencies, caller: Caller, organizer_id: uuid.UUID) -> ProfileView:
    authorize(caller, Operation.READ_PROFILE, owner_id=str(organizer_id))
    async with deps.unit_of_work() as uow:
        return ProfileView(
            organizer_id,
            await uow.profiles.facts(organizer_id),
            await uow.profiles.profile(organizer_id),
            await uow.profiles.series(organizer_id),
            await uow.images.kinds_of(organizer_id),
        )
