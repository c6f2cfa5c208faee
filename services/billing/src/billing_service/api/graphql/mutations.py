"""Mutations of the billing graph: thin, each builds a command, calls the use case, maps the result."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

import strawberry
from servicekit.errors import DomainError
from servicekit.graphql import described
from servicekit.graphql.paise import Paise

from billing_service.api.graphql import inputs as i
from billing_service.api.graphql.context import (
    BillingInfo,
    as_uuid,
    caller_of,
    organizer_of,
    required_uuid,
    services_of,
)
from billing_service.api.graphql.errors import errors_of
from billing_service.api.graphql.payloads import (
    BillingClientPayload,
    BillingDocumentPayload,
    BillingProfilePayload,
    DeleteBillingDraftPayload,
    RecordPaymentPayload,
)
from billing_service.api.graphql.types import BillingClientType, BillingDocumentType, BillingProfileType
from billing_service.domain.documents import Document
from billing_service.service_layer import clients, drafts, issuing, notes, payments, profile, reads

P = TypeVar("P")


async def _payload(make: Callable[[], Awaitable[P]], failed: Callable[[DomainError], P]) -> P:
    try:
        return await make()
    except DomainError as error:
        return failed(error)


def _failed_document(error: DomainError) -> BillingDocumentPayload:
    return BillingDocumentPayload(errors=errors_of(error))


async def document_payload(info: BillingInfo, use_case: Awaitable[Document]) -> BillingDocumentPayload:
    async def run() -> BillingDocumentPayload:
        document = await use_case
        view = await reads.document(services_of(info).deps, caller_of(info), document.id)
        return BillingDocumentPayload(document=BillingDocumentType.of(view))

    return await _payload(run, _failed_document)


@strawberry.type(name="Mutation")
class BillingMutations:
    @described.mutation("Your billing settings; your default series are made the first time.")
    async def update_billing_profile(
        self, info: BillingInfo, input: i.BillingProfileInput
    ) -> BillingProfilePayload:
        async def run() -> BillingProfilePayload:
            deps, caller = services_of(info).deps, caller_of(info)
            organizer = organizer_of(info, as_uuid(input.organizer_id, "organizerId"))
            await profile.update_profile(
                deps,
                caller,
                profile.UpdateProfile(
                    organizer,
                    input.registration_type,
                    input.legal_name,
                    input.upi_id,
                    input.bank_account_number,
                    input.bank_ifsc,
                    input.bank_name,
                    input.default_terms,
                    input.remove_bank_account,
                ),
            )
            return BillingProfilePayload(
                profile=BillingProfileType.of(await reads.profile(deps, caller, organizer))
            )

        return await _payload(run, lambda e: BillingProfilePayload(errors=errors_of(e)))

    @described.mutation("Another numbered series (one per business line, say); numbers run per year.")
    async def add_document_series(
        self, info: BillingInfo, input: i.AddDocumentSeriesInput
    ) -> BillingProfilePayload:
        async def run() -> BillingProfilePayload:
            deps, caller = services_of(info).deps, caller_of(info)
            organizer = organizer_of(info, as_uuid(input.organizer_id, "organizerId"))
            command = profile.AddSeries(organizer, input.kind, input.prefix, input.name)
            await profile.add_series(deps, caller, command)
            return BillingProfilePayload(
                profile=BillingProfileType.of(await reads.profile(deps, caller, organizer))
            )

        return await _payload(run, lambda e: BillingProfilePayload(errors=errors_of(e)))

    @described.mutation("Add a client, or change one (with clientId).")
    async def save_billing_client(
        self, info: BillingInfo, input: i.BillingClientInput
    ) -> BillingClientPayload:
        async def run() -> BillingClientPayload:
            deps, caller = services_of(info).deps, caller_of(info)
            organizer = organizer_of(info, as_uuid(input.organizer_id, "organizerId"))
            client_id = await clients.save_client(
                deps,
                caller,
                clients.SaveClient(
                    organizer,
                    input.name,
                    as_uuid(input.client_id, "clientId"),
                    input.phones,
                    input.email,
                    input.address_line,
                    input.city,
                    input.pin_code,
                    input.state_code,
                    input.gstin,
                ),
            )
            rows = await reads.clients(deps, caller, organizer, first=100, offset=0)
            saved = next((r for r in rows if r.id == client_id), None)
            return BillingClientPayload(client=BillingClientType.of(saved) if saved else None)

        return await _payload(run, lambda e: BillingClientPayload(errors=errors_of(e)))

    @described.mutation("Create or change a draft quotation or invoice (no number yet).")
    async def save_billing_draft(
        self, info: BillingInfo, input: i.BillingDraftInput
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            organizer = organizer_of(info, as_uuid(input.organizer_id, "organizerId"))
            return await drafts.save_draft(
                services_of(info).deps,
                caller_of(info),
                drafts.SaveDraft(
                    organizer,
                    input.kind,
                    [line.to_line() for line in input.lines],
                    as_uuid(input.client_id, "clientId"),
                    as_uuid(input.document_id, "documentId"),
                    input.document_date,
                    input.event_state_code,
                    as_uuid(input.booking_id, "bookingId"),
                    input.notes,
                ),
            )

        return await document_payload(info, run())

    @described.mutation("Delete a draft; issued documents are never deleted.")
    async def delete_billing_draft(self, info: BillingInfo, id: strawberry.ID) -> DeleteBillingDraftPayload:
        async def run() -> DeleteBillingDraftPayload:
            await drafts.delete_draft(services_of(info).deps, caller_of(info), required_uuid(id, "id"))
            return DeleteBillingDraftPayload(deleted=True)

        return await _payload(run, lambda e: DeleteBillingDraftPayload(errors=errors_of(e)))

    @described.mutation("The client accepted (or declined) a draft quotation.")
    async def answer_quotation(
        self, info: BillingInfo, id: strawberry.ID, accepted: bool
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            deps, caller = services_of(info).deps, caller_of(info)
            return await drafts.answer_quotation(deps, caller, required_uuid(id, "id"), accepted=accepted)

        return await document_payload(info, run())

    @described.mutation("A draft invoice from an accepted quotation, with its lines.")
    async def invoice_from_quotation(self, info: BillingInfo, id: strawberry.ID) -> BillingDocumentPayload:
        async def run() -> Document:
            return await drafts.invoice_from_quotation(
                services_of(info).deps, caller_of(info), required_uuid(id, "id")
            )

        return await document_payload(info, run())

    @described.mutation("Issue a draft invoice: numbered in its series and final from now on.")
    async def issue_invoice(
        self, info: BillingInfo, id: strawberry.ID, series_id: strawberry.ID | None = None
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            deps, caller = services_of(info).deps, caller_of(info)
            return await issuing.issue_document(
                deps, caller, required_uuid(id, "id"), as_uuid(series_id, "seriesId")
            )

        return await document_payload(info, run())

    @described.mutation("Cancel an issued invoice nothing was paid against; it keeps its number.")
    async def cancel_invoice(
        self, info: BillingInfo, id: strawberry.ID, reason: str = ""
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            deps, caller = services_of(info).deps, caller_of(info)
            return await issuing.cancel_document(deps, caller, required_uuid(id, "id"), reason)

        return await document_payload(info, run())

    @described.mutation("Money received against an issued invoice; answers the balance due.")
    async def record_payment(self, info: BillingInfo, input: i.RecordPaymentInput) -> RecordPaymentPayload:
        async def run() -> RecordPaymentPayload:
            balance = await payments.record_payment(
                services_of(info).deps,
                caller_of(info),
                payments.RecordPayment(
                    required_uuid(input.invoice_id, "invoiceId"),
                    int(input.amount_paise),
                    input.mode,
                    input.received_on,
                    input.reference,
                    as_uuid(input.advance_id, "advanceId"),
                ),
            )
            return RecordPaymentPayload(balance_paise=Paise(balance))

        return await _payload(run, lambda e: RecordPaymentPayload(errors=errors_of(e)))

    @described.mutation("An advance received: a receipt voucher, issued at once.")
    async def record_advance(self, info: BillingInfo, input: i.RecordAdvanceInput) -> BillingDocumentPayload:
        async def run() -> Document:
            organizer = organizer_of(info, as_uuid(input.organizer_id, "organizerId"))
            return await payments.record_advance(
                services_of(info).deps,
                caller_of(info),
                payments.RecordAdvance(
                    organizer,
                    required_uuid(input.client_id, "clientId"),
                    input.description,
                    int(input.amount_paise),
                    input.tax_rate,
                    input.mode,
                    input.tax_code,
                    as_uuid(input.booking_id, "bookingId"),
                    input.event_state_code,
                    input.reference,
                ),
            )

        return await document_payload(info, run())

    @described.mutation("A refund voucher for the unused part of an advance.")
    async def refund_advance(
        self, info: BillingInfo, advance_id: strawberry.ID, amount_paise: Paise, reason: str = ""
    ) -> BillingDocumentPayload:
        async def run() -> Document:
            deps, caller = services_of(info).deps, caller_of(info)
            advance = required_uuid(advance_id, "advanceId")
            return await payments.refund_advance(deps, caller, advance, int(amount_paise), reason)

        return await document_payload(info, run())

    @described.mutation("A credit or debit note correcting an issued invoice.")
    async def issue_note(self, info: BillingInfo, input: i.IssueNoteInput) -> BillingDocumentPayload:
        async def run() -> Document:
            return await notes.issue_note(
                services_of(info).deps,
                caller_of(info),
                notes.IssueNote(
                    required_uuid(input.invoice_id, "invoiceId"),
                    input.kind,
                    [line.to_line() for line in input.lines],
                    input.reason,
                ),
            )

        return await document_payload(info, run())
