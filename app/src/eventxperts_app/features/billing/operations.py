"""The billing section's GraphQL documents (docs/api/billing.graphql); each is checked against the
committed SDL by app/tests/test_operations.py."""

from eventxperts_app.api.operations import ERROR_FIELDS

SUBGRAPH = "billing"

PROFILE_FIELDS = """
fragment BillingProfileFields on BillingProfile {
  organizerId businessName gstin stateCode legalName registrationType upiId defaultTerms
  series { id kind prefix name } bankAccount { numberMasked ifsc bank } hasLogo hasSignature
}
"""
CLIENT_FIELDS = "fragment BillingClientFields on BillingClient { id name phones email stateCode gstin }"
DOCUMENT_FIELDS = """
fragment BillingDocumentFields on BillingDocument {
  id kind status title number documentDate clientId bookingId sourceId placeOfSupply regime
  lines { description taxCode quantity unit ratePaise discountPaise taxRate }
  taxablePaise cgstPaise sgstPaise igstPaise totalPaise balancePaise
  amountInWords amountInWordsTe bookingChanged notes eventStateCode purpose valuesToConfirm
  recipientName
}
"""
DOCUMENT_PAYLOAD = f"{{ document {{ ...BillingDocumentFields }} {ERROR_FIELDS} }} }}" + DOCUMENT_FIELDS

BILLING_PROFILE = "query BillingProfile { billingProfile { ...BillingProfileFields } }" + PROFILE_FIELDS
UPDATE_BILLING_PROFILE = (
    "mutation UpdateBillingProfile($input: BillingProfileInput!) { updateBillingProfile(input: $input) {"
    f" profile {{ ...BillingProfileFields }} {ERROR_FIELDS} }} }}" + PROFILE_FIELDS
)

BILLING_CLIENTS = (
    "query BillingClients($first: Int!, $offset: Int!) {"
    " billingClients(first: $first, offset: $offset) { ...BillingClientFields } }" + CLIENT_FIELDS
)
SAVE_BILLING_CLIENT = (
    "mutation SaveBillingClient($input: BillingClientInput!) { saveBillingClient(input: $input) {"
    f" client {{ ...BillingClientFields }} {ERROR_FIELDS} }} }}" + CLIENT_FIELDS
)

BILLING_DOCUMENTS = (
    "query BillingDocuments($kind: BillingDocumentKind, $first: Int!, $offset: Int!) {"
    " billingDocuments(kind: $kind, first: $first, offset: $offset) { ...BillingDocumentFields } }"
    + DOCUMENT_FIELDS
)
BILLING_DOCUMENT = (
    "query BillingDocument($id: ID!) { billingDocument(id: $id) { ...BillingDocumentFields } }"
    + DOCUMENT_FIELDS
)

SAVE_BILLING_DRAFT = (
    "mutation SaveBillingDraft($input: BillingDraftInput!) { saveBillingDraft(input: $input) "
    + DOCUMENT_PAYLOAD
)
ANSWER_QUOTATION = (
    "mutation AnswerQuotation($id: ID!, $accepted: Boolean!) { answerQuotation(id: $id, accepted: $accepted) "
    + DOCUMENT_PAYLOAD
)
INVOICE_FROM_QUOTATION = (
    "mutation InvoiceFromQuotation($id: ID!) { invoiceFromQuotation(id: $id) " + DOCUMENT_PAYLOAD
)
ISSUE_INVOICE = (
    "mutation IssueInvoice($id: ID!, $seriesId: ID) { issueInvoice(id: $id, seriesId: $seriesId) "
    + DOCUMENT_PAYLOAD
)
ISSUE_DELIVERY_CHALLAN = (
    "mutation IssueDeliveryChallan($id: ID!, $purpose: ChallanPurpose) {"
    " issueDeliveryChallan(id: $id, purpose: $purpose) " + DOCUMENT_PAYLOAD
)
RECORD_ADVANCE = (
    "mutation RecordAdvance($input: RecordAdvanceInput!) { recordAdvance(input: $input) " + DOCUMENT_PAYLOAD
)
ISSUE_NOTE = "mutation IssueNote($input: IssueNoteInput!) { issueNote(input: $input) " + DOCUMENT_PAYLOAD
RECORD_PAYMENT = (
    "mutation RecordPayment($input: RecordPaymentInput!) { recordPayment(input: $input) {"
    f" balancePaise {ERROR_FIELDS} }} }}"
)

# Sending a document: its PDF at a signed link, a WhatsApp link with the PDF's, or an email with it.
BILLING_DOCUMENT_PDF = (
    "mutation BillingDocumentPdf($id: ID!, $language: String!) {"
    f" billingDocumentPdf(id: $id, language: $language) {{ url expiresAt {ERROR_FIELDS} }} }}"
)
SHARE_ON_WHATSAPP = (
    "mutation ShareBillingDocumentOnWhatsapp($id: ID!, $language: String!) {"
    f" shareBillingDocumentOnWhatsapp(id: $id, language: $language) {{ url text {ERROR_FIELDS} }} }}"
)
EMAIL_BILLING_DOCUMENT = (
    "mutation EmailBillingDocument($id: ID!, $language: String!, $to: String) {"
    f" emailBillingDocument(id: $id, language: $language, to: $to) {{ sentTo {ERROR_FIELDS} }} }}"
)

AMOUNT_FIELDS = "taxablePaise cgstPaise sgstPaise igstPaise totalPaise"
BILLING_REPORTS = f"""
query BillingReports($year: String!) {{
  billingSales(financialYear: $year) {{
    financialYear months {{ month invoices {AMOUNT_FIELDS} }} total {{ month invoices {AMOUNT_FIELDS} }}
  }}
  billingReceivables(financialYear: $year, first: 10) {{
    asOf outstandingPaise days0To30Paise days31To60Paise days61To90Paise over90DaysPaise clientCount
    clients {{ clientName invoices outstandingPaise }}
  }}
  billingCollections(financialYear: $year) {{ totalPaise byMode {{ mode amountPaise }} }}
}}
"""
GST_RETURN_CSV = (
    "mutation GstReturnCsv($year: String!, $section: BillingGstr1Section!, $month: Int) {"
    " billingGstReturnCsv(financialYear: $year, section: $section, month: $month) {"
    f" url expiresAt {ERROR_FIELDS} }} }}"
)
REPORT_CSV = (
    "mutation ReportCsv($year: String!, $report: BillingLedgerReport!, $month: Int) {"
    " billingReportCsv(financialYear: $year, report: $report, month: $month) {"
    f" url expiresAt {ERROR_FIELDS} }} }}"
)

ADD_DOCUMENT_SERIES = (
    "mutation AddDocumentSeries($input: AddDocumentSeriesInput!) { addDocumentSeries(input: $input) {"
    f" profile {{ ...BillingProfileFields }} {ERROR_FIELDS} }} }}" + PROFILE_FIELDS
)
BILLING_IMAGE_UPLOAD_URL = (
    "mutation BillingImageUploadUrl($kind: BillingImageKind!) { billingImageUploadUrl(kind: $kind) {"
    f" url expiresAt {ERROR_FIELDS} }} }}"
)
REMOVE_BILLING_IMAGE = (
    "mutation RemoveBillingImage($kind: BillingImageKind!) { removeBillingImage(kind: $kind) {"
    f" removed {ERROR_FIELDS} }} }}"
)

BILLING_ITEM_DEFAULTS = (
    "query BillingItemDefaults($first: Int!) { billingItemDefaults(first: $first) {"
    " description taxCode unit ratePaise taxRate } }"
)
