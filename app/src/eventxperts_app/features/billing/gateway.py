"""The billing section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.api.models import ApiError
from eventxperts_app.api.parsing import parse_errors, payload_of
from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.models import (
    BillingClient,
    BillingDocument,
    BillingProfile,
    ClientResult,
    DocumentKind,
    DocumentResult,
    EmailResult,
    ImageKind,
    ItemDefault,
    LinkResult,
    PaymentResult,
    ProfileResult,
)
from eventxperts_app.features.billing.parsing import (
    parse_client_payload,
    parse_clients,
    parse_document,
    parse_document_payload,
    parse_documents,
    parse_email_payload,
    parse_item_defaults,
    parse_link_payload,
    parse_payment_payload,
    parse_profile,
    parse_profile_payload,
)
from eventxperts_app.features.billing.report_models import Gstr1Section, LedgerReport, Reports
from eventxperts_app.features.billing.report_parsing import parse_reports

# The billing service caps a page at 100.
PAGE = 100
# Each document mutation: its document and the field that answers it.
DOCUMENT_ACTIONS = {
    "save": (operations.SAVE_BILLING_DRAFT, "saveBillingDraft"),
    "answer": (operations.ANSWER_QUOTATION, "answerQuotation"),
    "invoice": (operations.INVOICE_FROM_QUOTATION, "invoiceFromQuotation"),
    "issue": (operations.ISSUE_INVOICE, "issueInvoice"),
    "issue_challan": (operations.ISSUE_DELIVERY_CHALLAN, "issueDeliveryChallan"),
    "advance": (operations.RECORD_ADVANCE, "recordAdvance"),
    "note": (operations.ISSUE_NOTE, "issueNote"),
}


async def billing_profile(client: GatewayClient, access_token: str) -> BillingProfile:
    data = await client.execute(operations.BILLING_PROFILE, {}, access_token)
    return parse_profile(data.get("billingProfile"))


async def update_profile(client: GatewayClient, variables: JsonObject, access_token: str) -> ProfileResult:
    data = await client.execute(operations.UPDATE_BILLING_PROFILE, variables, access_token)
    return parse_profile_payload(data)


async def clients(client: GatewayClient, access_token: str) -> tuple[BillingClient, ...]:
    data = await client.execute(operations.BILLING_CLIENTS, {"first": PAGE, "offset": 0}, access_token)
    return parse_clients(data)


async def save_client(client: GatewayClient, variables: JsonObject, access_token: str) -> ClientResult:
    data = await client.execute(operations.SAVE_BILLING_CLIENT, variables, access_token)
    return parse_client_payload(data)


async def documents(
    client: GatewayClient, kind: DocumentKind | None, access_token: str
) -> tuple[BillingDocument, ...]:
    variables: JsonObject = {"kind": kind.value if kind else None, "first": PAGE, "offset": 0}
    data = await client.execute(operations.BILLING_DOCUMENTS, variables, access_token)
    return parse_documents(data)


async def document(client: GatewayClient, document_id: str, access_token: str) -> BillingDocument:
    data = await client.execute(operations.BILLING_DOCUMENT, {"id": document_id}, access_token)
    return parse_document(data.get("billingDocument"))


async def change_document(
    client: GatewayClient, action: str, variables: JsonObject, access_token: str
) -> DocumentResult:
    """One of DOCUMENT_ACTIONS with its variables: the document as it is now, or typed errors."""
    text, field = DOCUMENT_ACTIONS[action]
    data = await client.execute(text, variables, access_token)
    return parse_document_payload(data, field)


async def record_payment(client: GatewayClient, variables: JsonObject, access_token: str) -> PaymentResult:
    data = await client.execute(operations.RECORD_PAYMENT, variables, access_token)
    return parse_payment_payload(data)


async def pdf_link(client: GatewayClient, document_id: str, language: str, access_token: str) -> LinkResult:
    """The document's A4 PDF in `language` (en or te) at a link that works for a few minutes."""
    variables: JsonObject = {"id": document_id, "language": language}
    data = await client.execute(operations.BILLING_DOCUMENT_PDF, variables, access_token)
    return parse_link_payload(data, "billingDocumentPdf")


async def whatsapp_link(
    client: GatewayClient, document_id: str, language: str, access_token: str
) -> LinkResult:
    """A wa.me link to the client with the amount and a link to the PDF, in `language`."""
    variables: JsonObject = {"id": document_id, "language": language}
    data = await client.execute(operations.SHARE_ON_WHATSAPP, variables, access_token)
    return parse_link_payload(data, "shareBillingDocumentOnWhatsapp")


async def email_document(
    client: GatewayClient, document_id: str, language: str, to: str | None, access_token: str
) -> EmailResult:
    """Mails the PDF to `to`, or to the client's email when None."""
    variables: JsonObject = {"id": document_id, "language": language, "to": to}
    data = await client.execute(operations.EMAIL_BILLING_DOCUMENT, variables, access_token)
    return parse_email_payload(data)


async def reports(client: GatewayClient, financial_year: str, access_token: str) -> Reports:
    """Sales by month, receivables with ageing and collections by mode of a financial year."""
    data = await client.execute(operations.BILLING_REPORTS, {"year": financial_year}, access_token)
    return parse_reports(data)


async def gst_return_csv(
    client: GatewayClient, financial_year: str, section: Gstr1Section, access_token: str
) -> LinkResult:
    """One GSTR-1 section of the year as the offline tool's CSV, at a link for a few minutes."""
    variables: JsonObject = {"year": financial_year, "section": section.value, "month": None}
    data = await client.execute(operations.GST_RETURN_CSV, variables, access_token)
    return parse_link_payload(data, "billingGstReturnCsv")


async def report_csv(
    client: GatewayClient, financial_year: str, report: LedgerReport, access_token: str
) -> LinkResult:
    """Receivables (as of today) or the year's collections as CSV, at a link for a few minutes."""
    variables: JsonObject = {"year": financial_year, "report": report.value, "month": None}
    data = await client.execute(operations.REPORT_CSV, variables, access_token)
    return parse_link_payload(data, "billingReportCsv")


async def add_series(client: GatewayClient, variables: JsonObject, access_token: str) -> ProfileResult:
    """Another numbered series (a prefix of its own); answers the profile with its series."""
    data = await client.execute(operations.ADD_DOCUMENT_SERIES, variables, access_token)
    return parse_profile_payload(data, "addDocumentSeries")


async def image_upload_link(client: GatewayClient, kind: ImageKind, access_token: str) -> LinkResult:
    """Where to PUT the logo or signature (PNG or JPEG, at most 1 MB) for the next few minutes."""
    data = await client.execute(operations.BILLING_IMAGE_UPLOAD_URL, {"kind": kind.value}, access_token)
    return parse_link_payload(data, "billingImageUploadUrl")


async def remove_image(client: GatewayClient, kind: ImageKind, access_token: str) -> tuple[ApiError, ...]:
    """Stops printing the logo or signature; answers the refusals, if any."""
    data = await client.execute(operations.REMOVE_BILLING_IMAGE, {"kind": kind.value}, access_token)
    return parse_errors(payload_of(data, "removeBillingImage").get("errors"))


async def item_defaults(client: GatewayClient, access_token: str) -> tuple[ItemDefault, ...]:
    """What the organizer last billed each item at (the first page: an organizer's usual items)."""
    data = await client.execute(operations.BILLING_ITEM_DEFAULTS, {"first": PAGE}, access_token)
    return parse_item_defaults(data)
