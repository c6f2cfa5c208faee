"""Maps the billing service's answers to typed results (pure); off-contract answers are
UNEXPECTED_RESPONSE."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import (
    as_list,
    as_object,
    enum_member,
    optional_datetime,
    optional_int,
    optional_str,
    required_bool,
    required_date,
    required_int,
    required_str,
)
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.billing.models import (
    Amounts,
    BankAccount,
    BillingClient,
    BillingDocument,
    BillingProfile,
    ChallanPurpose,
    ClientResult,
    DocumentKind,
    DocumentResult,
    DocumentStatus,
    EmailResult,
    InvoiceLine,
    ItemDefault,
    LinkResult,
    PaymentResult,
    ProfileResult,
    RegistrationType,
    Series,
    TaxRegime,
)
from eventxperts_app.features.billing.quantities import plain_quantity


def object_list(raw: object, what: str) -> list[Mapping[str, object]]:
    return [as_object(item, what) for item in as_list(raw, what)]


def _strings(raw: object, what: str) -> tuple[str, ...]:
    return tuple(required_str({"value": item}, "value") for item in as_list(raw, what))


def parse_series(obj: Mapping[str, object]) -> Series:
    return Series(
        id=required_str(obj, "id"),
        kind=enum_member(DocumentKind, obj.get("kind"), "kind"),
        prefix=required_str(obj, "prefix"),
        name=required_str(obj, "name"),
    )


def parse_profile(raw: object) -> BillingProfile:
    obj = as_object(raw, "billingProfile")
    return BillingProfile(
        organizer_id=required_str(obj, "organizerId"),
        business_name=optional_str(obj, "businessName"),
        gstin=optional_str(obj, "gstin"),
        state_code=optional_str(obj, "stateCode"),
        legal_name=optional_str(obj, "legalName"),
        registration_type=enum_member(RegistrationType, obj.get("registrationType"), "registrationType"),
        upi_id=optional_str(obj, "upiId"),
        default_terms=optional_str(obj, "defaultTerms"),
        series=tuple(parse_series(s) for s in object_list(obj.get("series"), "series")),
        bank_account=_bank_account(obj.get("bankAccount")),
        has_logo=required_bool(obj, "hasLogo"),
        has_signature=required_bool(obj, "hasSignature"),
    )


def _bank_account(raw: object) -> BankAccount | None:
    if raw is None:
        return None
    obj = as_object(raw, "bankAccount")
    return BankAccount(
        required_str(obj, "numberMasked"), required_str(obj, "ifsc"), optional_str(obj, "bank")
    )


def parse_client(raw: object) -> BillingClient:
    obj = as_object(raw, "client")
    return BillingClient(
        id=required_str(obj, "id"),
        name=required_str(obj, "name"),
        phones=_strings(obj.get("phones"), "phones"),
        email=optional_str(obj, "email"),
        state_code=optional_str(obj, "stateCode"),
        gstin=optional_str(obj, "gstin"),
    )


def parse_clients(data: Mapping[str, object]) -> tuple[BillingClient, ...]:
    return tuple(parse_client(c) for c in as_list(data.get("billingClients"), "billingClients"))


def parse_line(obj: Mapping[str, object]) -> InvoiceLine:
    return InvoiceLine(
        description=required_str(obj, "description"),
        tax_code=optional_str(obj, "taxCode"),
        quantity=plain_quantity(required_str(obj, "quantity")),
        unit=required_str(obj, "unit"),
        rate_paise=required_int(obj, "ratePaise"),
        discount_paise=required_int(obj, "discountPaise"),
        tax_rate=required_str(obj, "taxRate"),
    )


def parse_amounts(obj: Mapping[str, object]) -> Amounts:
    """The taxable value, each tax head and the total of a document or a report's row."""
    return Amounts(
        taxable_paise=required_int(obj, "taxablePaise"),
        cgst_paise=required_int(obj, "cgstPaise"),
        sgst_paise=required_int(obj, "sgstPaise"),
        igst_paise=required_int(obj, "igstPaise"),
        total_paise=required_int(obj, "totalPaise"),
    )


def parse_document(raw: object) -> BillingDocument:
    obj = as_object(raw, "document")
    regime, purpose = obj.get("regime"), obj.get("purpose")
    return BillingDocument(
        id=required_str(obj, "id"),
        kind=enum_member(DocumentKind, obj.get("kind"), "kind"),
        status=enum_member(DocumentStatus, obj.get("status"), "status"),
        title=optional_str(obj, "title"),
        number=optional_str(obj, "number"),
        document_date=required_date(obj, "documentDate"),
        client_id=optional_str(obj, "clientId"),
        booking_id=optional_str(obj, "bookingId"),
        source_id=optional_str(obj, "sourceId"),
        place_of_supply=optional_str(obj, "placeOfSupply"),
        notes=optional_str(obj, "notes"),
        event_state_code=optional_str(obj, "eventStateCode"),
        purpose=enum_member(ChallanPurpose, purpose, "purpose") if purpose is not None else None,
        values_to_confirm=_strings(obj.get("valuesToConfirm") or [], "valuesToConfirm"),
        recipient_name=optional_str(obj, "recipientName"),
        regime=None if regime is None else enum_member(TaxRegime, regime, "regime"),
        lines=tuple(parse_line(line) for line in object_list(obj.get("lines"), "lines")),
        amounts=parse_amounts(obj),
        balance_paise=optional_int(obj, "balancePaise"),
        amount_in_words=required_str(obj, "amountInWords"),
        amount_in_words_te=required_str(obj, "amountInWordsTe"),
        booking_changed=required_bool(obj, "bookingChanged"),
    )


def parse_documents(data: Mapping[str, object]) -> tuple[BillingDocument, ...]:
    return tuple(parse_document(d) for d in as_list(data.get("billingDocuments"), "billingDocuments"))


def parse_profile_payload(data: Mapping[str, object], field: str = "updateBillingProfile") -> ProfileResult:
    """updateBillingProfile or addDocumentSeries: the profile as it is now, or typed errors."""
    payload = payload_of(data, field)
    raw = payload.get("profile")
    return ProfileResult(None if raw is None else parse_profile(raw), parse_errors(payload.get("errors")))


def parse_client_payload(data: Mapping[str, object]) -> ClientResult:
    payload = payload_of(data, "saveBillingClient")
    raw = payload.get("client")
    return ClientResult(None if raw is None else parse_client(raw), parse_errors(payload.get("errors")))


def parse_document_payload(data: Mapping[str, object], field: str) -> DocumentResult:
    """`field` is the mutation that answered (saveBillingDraft, issueInvoice, ...)."""
    payload = payload_of(data, field)
    raw = payload.get("document")
    return DocumentResult(None if raw is None else parse_document(raw), parse_errors(payload.get("errors")))


def parse_payment_payload(data: Mapping[str, object]) -> PaymentResult:
    payload = payload_of(data, "recordPayment")
    return PaymentResult(optional_int(payload, "balancePaise"), parse_errors(payload.get("errors")))


def parse_link_payload(data: Mapping[str, object], field: str) -> LinkResult:
    """billingDocumentPdf or shareBillingDocumentOnWhatsapp: the link, or typed errors."""
    payload = payload_of(data, field)
    return LinkResult(
        optional_str(payload, "url"),
        optional_datetime(payload, "expiresAt"),
        parse_errors(payload.get("errors")),
    )


def parse_email_payload(data: Mapping[str, object]) -> EmailResult:
    payload = payload_of(data, "emailBillingDocument")
    return EmailResult(optional_str(payload, "sentTo"), parse_errors(payload.get("errors")))


def parse_item_defaults(data: Mapping[str, object]) -> tuple[ItemDefault, ...]:
    return tuple(
        ItemDefault(
            required_str(obj, "description"),
            optional_str(obj, "taxCode"),
            required_str(obj, "unit"),
            required_int(obj, "ratePaise"),
            required_str(obj, "taxRate"),
        )
        for obj in object_list(data.get("billingItemDefaults"), "billingItemDefaults")
    )
