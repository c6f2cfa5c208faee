"""Builds the billing section's GraphQL variables from its forms (pure); names follow the contract.

What the app cannot send as typed (rupees, a quantity or a date it cannot read) comes back as a typed
error on its field instead; every other rule is the billing service's.
"""

from __future__ import annotations

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.billing.error_texts import INVALID_DATE_TEXT, INVALID_QUANTITY_TEXT
from eventxperts_app.features.billing.forms import (
    AdvanceForm,
    ClientForm,
    DocumentForm,
    LineForm,
    PaymentForm,
    ProfileForm,
)
from eventxperts_app.features.billing.models import DocumentKind, PaymentMode
from eventxperts_app.features.billing.quantities import read_quantity
from eventxperts_app.features.calendar.variables import INVALID_AMOUNT, Built
from eventxperts_app.ui.local_time import parse_day, rupees_to_paise


def _optional(text: str) -> str | None:
    return text.strip() or None


def _paise(built: Built, path: str, rupees: str) -> int:
    paise = rupees_to_paise(rupees)
    if paise is None:
        built.problem(INVALID_AMOUNT, path)
        return 0
    return paise


def _day(built: Built, path: str, text: str) -> str | None:
    if not text.strip():
        return None
    day = parse_day(text)
    if day is None:
        built.problem(INVALID_DATE_TEXT, path)
        return None
    return day.isoformat()


def line_input(built: Built, line: LineForm, index: int) -> JsonObject:
    at = f"lines.{index}"
    if read_quantity(line.quantity) is None:
        built.problem(INVALID_QUANTITY_TEXT, f"{at}.quantity")
    return {
        "description": line.description.strip(),
        "taxCode": _optional(line.tax_code),
        "quantity": line.quantity.strip(),
        "unit": line.unit.strip() or "nos",
        "ratePaise": _paise(built, f"{at}.ratePaise", line.rate_rupees),
        "discountPaise": _paise(built, f"{at}.discountPaise", line.discount_rupees),
        "taxRate": line.tax_rate,
    }


def profile_variables(form: ProfileForm) -> Built:
    return Built(
        {
            "input": {
                "registrationType": form.registration_type.value,
                "legalName": _optional(form.legal_name),
                "upiId": _optional(form.upi_id),
                "bankAccountNumber": _optional(form.bank_account_number),
                "bankIfsc": _optional(form.bank_ifsc),
                "bankName": _optional(form.bank_name),
                "defaultTerms": _optional(form.default_terms),
            }
        }
    )


def client_variables(form: ClientForm) -> Built:
    phones = [p.strip() for p in form.phones.split(",") if p.strip()]
    return Built(
        {
            "input": {
                "clientId": _optional(form.client_id),
                "name": form.name.strip(),
                "phones": phones,
                "email": _optional(form.email),
                "addressLine": _optional(form.address_line),
                "city": _optional(form.city),
                "pinCode": _optional(form.pin_code),
                "stateCode": _optional(form.state_code),
                "gstin": _optional(form.gstin),
            }
        }
    )


def draft_variables(form: DocumentForm) -> Built:
    built = Built()
    built.variables = {
        "input": {
            "kind": form.kind.value,
            "documentId": _optional(form.document_id),
            "clientId": _optional(form.client_id),
            "documentDate": _day(built, "documentDate", form.document_date),
            "eventStateCode": _optional(form.event_state_code),
            "notes": _optional(form.notes),
            "lines": [line_input(built, line, i) for i, line in enumerate(form.lines)],
        }
    }
    return built


def note_variables(invoice_id: str, kind: DocumentKind, lines: tuple[LineForm, ...], reason: str) -> Built:
    built = Built()
    built.variables = {
        "input": {
            "invoiceId": invoice_id,
            "kind": kind.value,
            "reason": _optional(reason),
            "lines": [line_input(built, line, i) for i, line in enumerate(lines)],
        }
    }
    return built


def payment_variables(invoice_id: str, form: PaymentForm) -> Built:
    built = Built()
    adjusting = form.mode is PaymentMode.ADVANCE
    built.variables = {
        "input": {
            "invoiceId": invoice_id,
            "amountPaise": _paise(built, "amountPaise", form.amount_rupees),
            "mode": form.mode.value,
            "receivedOn": _day(built, "receivedOn", form.received_on),
            "reference": _optional(form.reference),
            "advanceId": _optional(form.advance_id) if adjusting else None,
        }
    }
    return built


def advance_variables(form: AdvanceForm) -> Built:
    built = Built()
    built.variables = {
        "input": {
            "clientId": form.client_id,
            "description": form.description.strip(),
            "amountPaise": _paise(built, "amountPaise", form.amount_rupees),
            "taxRate": form.tax_rate,
            "taxCode": _optional(form.tax_code),
            "mode": form.mode.value,
            "reference": _optional(form.reference),
        }
    }
    return built
