"""The billing section's calls through the gateway, each answered as a typed result."""

from __future__ import annotations

from eventxperts_app.api.client import GatewayClient
from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.billing import operations
from eventxperts_app.features.billing.models import (
    BillingClient,
    BillingDocument,
    BillingProfile,
    ClientResult,
    DocumentKind,
    DocumentResult,
    EmailResult,
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
    parse_link_payload,
    parse_payment_payload,
    parse_profile,
    parse_profile_payload,
)

# The billing service caps a page at 100.
PAGE = 100
# Each document mutation: its document and the field that answers it.
DOCUMENT_ACTIONS = {
    "save": (operations.SAVE_BILLING_DRAFT, "saveBillingDraft"),
    "answer": (operations.ANSWER_QUOTATION, "answerQuotation"),
    "invoice": (operations.INVOICE_FROM_QUOTATION, "invoiceFromQuotation"),
    "issue": (operations.ISSUE_INVOICE, "issueInvoice"),
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
