"""Mutations that hand a file out or take one in: a document's PDF at a signed link, a WhatsApp link, an
email; the logo and signature upload links."""

from __future__ import annotations

from datetime import datetime

import strawberry
from servicekit.errors import DomainError
from servicekit.graphql import described

from billing_service.api.graphql.context import (
    BillingInfo,
    as_uuid,
    caller_of,
    organizer_of,
    required_uuid,
    services_of,
)
from billing_service.api.graphql.errors import BillingErrorType, errors_of
from billing_service.domain.images import ImageKind
from billing_service.service_layer import pdf_files, profile_images, sharing

strawberry.enum(ImageKind, name="BillingImageKind")


@strawberry.type(name="BillingFileLinkPayload")
class BillingFileLinkPayload:
    url: str | None = None
    expires_at: datetime | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="BillingWhatsAppSharePayload")
class BillingWhatsAppSharePayload:
    url: str | None = strawberry.field(default=None, description="wa.me link: opens the chat with the text.")
    text: str | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="RemoveBillingImagePayload")
class RemoveBillingImagePayload:
    removed: bool = False
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type(name="EmailBillingDocumentPayload")
class EmailBillingDocumentPayload:
    sent_to: str | None = None
    errors: list[BillingErrorType] = strawberry.field(default_factory=list)


@strawberry.type
class BillingSharingMutations:
    @described.mutation("A link to PUT your logo or signature (PNG or JPEG, at most 1 MB) for a few minutes.")
    async def billing_image_upload_url(
        self, info: BillingInfo, kind: ImageKind, organizer_id: strawberry.ID | None = None
    ) -> BillingFileLinkPayload:
        try:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            link = profile_images.image_upload_link(services_of(info).deps, caller_of(info), organizer, kind)
        except DomainError as error:
            return BillingFileLinkPayload(errors=errors_of(error))
        return BillingFileLinkPayload(url=link.url, expires_at=link.expires_at)

    @described.mutation("Stop printing your logo or signature.")
    async def remove_billing_image(
        self, info: BillingInfo, kind: ImageKind, organizer_id: strawberry.ID | None = None
    ) -> RemoveBillingImagePayload:
        try:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            await profile_images.remove_image(services_of(info).deps, caller_of(info), organizer, kind)
        except DomainError as error:
            return RemoveBillingImagePayload(errors=errors_of(error))
        return RemoveBillingImagePayload(removed=True)

    @described.mutation("The document's A4 PDF (language en or te) at a signed link for a few minutes.")
    async def billing_document_pdf(
        self, info: BillingInfo, id: strawberry.ID, language: str = "en"
    ) -> BillingFileLinkPayload:
        try:
            link = await pdf_files.pdf_link(
                services_of(info).deps, caller_of(info), required_uuid(id, "id"), language
            )
        except DomainError as error:
            return BillingFileLinkPayload(errors=errors_of(error))
        return BillingFileLinkPayload(url=link.url, expires_at=link.expires_at)

    @described.mutation("A WhatsApp link to the client with the amount and the PDF's link.")
    async def share_billing_document_on_whatsapp(
        self, info: BillingInfo, id: strawberry.ID, language: str = "en"
    ) -> BillingWhatsAppSharePayload:
        try:
            share = await sharing.whatsapp_share(
                services_of(info).deps, caller_of(info), required_uuid(id, "id"), language
            )
        except DomainError as error:
            return BillingWhatsAppSharePayload(errors=errors_of(error))
        return BillingWhatsAppSharePayload(url=share.url, text=share.text)

    @described.mutation("Email the document's PDF to the client (or to `to`).")
    async def email_billing_document(
        self, info: BillingInfo, id: strawberry.ID, language: str = "en", to: str | None = None
    ) -> EmailBillingDocumentPayload:
        try:
            sent_to = await sharing.email_document(
                services_of(info).deps, caller_of(info), required_uuid(id, "id"), language, to
            )
        except DomainError as error:
            return EmailBillingDocumentPayload(errors=errors_of(error))
        return EmailBillingDocumentPayload(sent_to=sent_to)
