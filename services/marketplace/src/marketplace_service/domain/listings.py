"""Used-item listings as checked input, their states, and the bounds one person works within.

A listing is a private sale between two people: no store, no stock, no GST. It starts pending; a super
admin approves it (active, findable) or rejects it with a reason. Its seller marks it sold or
withdraws it. A buyer writes to the seller in a thread of their own; the seller's phone is shown to
that buyer only once the seller has replied there.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import india
from servicekit.errors import InputChecks

from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.stores import district_id
from marketplace_service.domain.texts import optional_text, required_text

# Bounds per person, so one client cannot flood the moderation queue or someone's inbox.
MAX_OPEN_LISTINGS = 20  # pending or active at once, per seller
MAX_MESSAGES_PER_HOUR = 60  # per sender, across threads
MAX_MESSAGES_PER_THREAD = 500
MAX_PHOTOS = 8
MAX_PRICE_PAISE = 1_00_00_000_00  # one crore rupees: a used item priced above it is a typo


class ListingStatus(StrEnum):
    PENDING = "pending"  # waiting for a super admin
    ACTIVE = "active"  # approved: found by search, open to messages
    REJECTED = "rejected"
    SOLD = "sold"
    WITHDRAWN = "withdrawn"


OPEN_STATUSES = (ListingStatus.PENDING, ListingStatus.ACTIVE)


class ListingCondition(StrEnum):
    LIKE_NEW = "like_new"
    GOOD = "good"
    FAIR = "fair"
    FOR_PARTS = "for_parts"


@dataclass(frozen=True)
class ListingInput:
    category_id: str
    title: str
    description: str | None
    condition: ListingCondition
    price_paise: int
    district: str
    contact_phone: str | None


@dataclass(frozen=True)
class CheckedListing:
    category_id: str
    title: str
    description: str | None
    condition: ListingCondition
    price_paise: int
    district_id: str
    contact_phone: str | None


def listing_price(price_paise: int) -> int:
    if not 0 < price_paise <= MAX_PRICE_PAISE:
        raise MarketError(
            MarketErrorCode.INVALID_PRICE, "A price is above zero and at most one crore.", "pricePaise"
        )
    return price_paise


def contact_phone(raw: str | None) -> str | None:
    if not raw or not raw.strip():
        return None
    try:
        return india.normalise_phone(raw)
    except india.IndiaError as error:
        raise MarketError(MarketErrorCode.INVALID_PHONE, str(error), "contactPhone") from None


def checked_listing(raw: ListingInput, categories: set[str]) -> CheckedListing:
    """Every field checked at once (INVALID_INPUT gathers them)."""
    checks = InputChecks()
    if raw.category_id not in categories:
        checks.failures.append(
            MarketError(MarketErrorCode.INVALID_CATEGORY, "No such category.", "categoryId")
        )
    title = checks.check(lambda: required_text(raw.title, "title"))
    description = checks.check(lambda: optional_text(raw.description, "description", limit=2000))
    price = checks.check(lambda: listing_price(raw.price_paise))
    district = checks.check(lambda: district_id(raw.district, "districtId"))
    phone = checks.check(lambda: contact_phone(raw.contact_phone))
    checks.raise_failures()
    assert title is not None
    assert price is not None
    assert district is not None
    return CheckedListing(raw.category_id, title, description, raw.condition, price, district, phone)


def message_body(raw: str) -> str:
    body = (raw or "").strip()
    if not body or len(body) > 2000:
        raise MarketError(MarketErrorCode.INVALID_TEXT, "A message has 1 to 2000 characters.", "body")
    return body
