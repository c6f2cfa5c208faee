"""Billing answers as the service sends them (docs/api/billing.graphql), to be run through the SDL."""

from __future__ import annotations

from typing import Any


def line_json(**changes: Any) -> dict[str, Any]:
    line = {
        "description": "Wedding decoration",
        "taxCode": "998596",
        "quantity": "1",
        "unit": "nos",
        "ratePaise": 10_000_000,
        "discountPaise": 0,
        "taxRate": "18",
    }
    return line | changes


def document_json(**changes: Any) -> dict[str, Any]:
    document = {
        "id": "d-1",
        "kind": "INVOICE",
        "status": "ISSUED",
        "title": "Tax Invoice",
        "number": "INV/26-27/0001",
        "documentDate": "2026-12-10",
        "clientId": "c-1",
        "bookingId": None,
        "sourceId": None,
        "placeOfSupply": "36",
        "regime": "INTRA_STATE",
        "lines": [line_json()],
        "taxablePaise": 10_000_000,
        "cgstPaise": 900_000,
        "sgstPaise": 900_000,
        "igstPaise": 0,
        "totalPaise": 11_800_000,
        "balancePaise": 11_800_000,
        "amountInWords": "Rupees One Lakh Eighteen Thousand Only",
        "amountInWordsTe": "ఒక లక్ష పద్దెనిమిది వేల రూపాయలు మాత్రమే",
        "bookingChanged": False,
        "notes": None,
        "eventStateCode": "36",
        "purpose": None,
        "valuesToConfirm": [],
        "recipientName": "Lakshmi Narayana",
    }
    return document | changes


def client_json(**changes: Any) -> dict[str, Any]:
    client = {
        "id": "c-1",
        "name": "Lakshmi Rao",
        "phones": ["+919876543210"],
        "email": None,
        "stateCode": "36",
        "gstin": None,
    }
    return client | changes


def profile_json(**changes: Any) -> dict[str, Any]:
    profile = {
        "organizerId": "o-1",
        "businessName": "Sri Sai Decorators",
        "gstin": "36AABCU9603R1ZM",
        "stateCode": "36",
        "legalName": None,
        "registrationType": "REGULAR",
        "upiId": "saidecor@okaxis",
        "defaultTerms": None,
        "series": [{"id": "s-1", "kind": "INVOICE", "prefix": "INV", "name": "Invoices"}],
        "bankAccount": None,
        "hasLogo": False,
        "hasSignature": False,
    }
    return profile | changes
