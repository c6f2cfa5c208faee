"""Domain errors of the marketplace. Codes are part of the API contract (MarketErrorCode)."""

from __future__ import annotations

from enum import StrEnum

from servicekit.errors import DomainError


class MarketErrorCode(StrEnum):
    # Who may do it.
    NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
    FORBIDDEN = "FORBIDDEN"
    NOT_FOUND = "NOT_FOUND"
    # What an input says.
    INVALID_INPUT = "INVALID_INPUT"
    INVALID_NAME = "INVALID_NAME"
    INVALID_TEXT = "INVALID_TEXT"
    INVALID_GSTIN = "INVALID_GSTIN"
    INVALID_STATE = "INVALID_STATE"
    INVALID_PIN_CODE = "INVALID_PIN_CODE"
    INVALID_DISTRICT = "INVALID_DISTRICT"
    INVALID_CATEGORY = "INVALID_CATEGORY"
    INVALID_PRICE = "INVALID_PRICE"
    INVALID_STOCK = "INVALID_STOCK"
    INVALID_QUANTITY = "INVALID_QUANTITY"
    INVALID_RATE = "INVALID_RATE"
    INVALID_HSN = "INVALID_HSN"
    INVALID_SKU = "INVALID_SKU"
    DUPLICATE_SKU = "DUPLICATE_SKU"
    INVALID_RATING = "INVALID_RATING"
    INVALID_IMAGE = "INVALID_IMAGE"
    INVALID_CURSOR = "INVALID_CURSOR"
    INVALID_PAGE_SIZE = "INVALID_PAGE_SIZE"
    INVALID_MONTH = "INVALID_MONTH"
    INVALID_PHONE = "INVALID_PHONE"
    # Stores, carts and checkout.
    PROFILE_INCOMPLETE = "PROFILE_INCOMPLETE"
    STORE_NOT_APPROVED = "STORE_NOT_APPROVED"
    STORE_SUSPENDED = "STORE_SUSPENDED"
    CART_EMPTY = "CART_EMPTY"
    OUT_OF_STOCK = "OUT_OF_STOCK"
    NOT_DELIVERED_HERE = "NOT_DELIVERED_HERE"
    PAYMENT_UNAVAILABLE = "PAYMENT_UNAVAILABLE"
    HOLD_EXPIRED = "HOLD_EXPIRED"
    WEBHOOK_SIGNATURE_INVALID = "WEBHOOK_SIGNATURE_INVALID"
    # Orders and reviews.
    INVALID_TRANSITION = "INVALID_TRANSITION"
    REASON_REQUIRED = "REASON_REQUIRED"
    NOT_A_VERIFIED_BUYER = "NOT_A_VERIFIED_BUYER"
    ALREADY_REVIEWED = "ALREADY_REVIEWED"
    TOO_BUSY = "TOO_BUSY"
    # Used-item listings, their messages and images.
    LISTING_NOT_ACTIVE = "LISTING_NOT_ACTIVE"
    OWN_LISTING = "OWN_LISTING"
    TOO_MANY_LISTINGS = "TOO_MANY_LISTINGS"
    TOO_MANY_MESSAGES = "TOO_MANY_MESSAGES"
    TOO_MANY_IMAGES = "TOO_MANY_IMAGES"
    IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE"
    UNSUPPORTED_IMAGE_TYPE = "UNSUPPORTED_IMAGE_TYPE"


class MarketError(DomainError):
    """An expected failure: a stable code, the input field it concerns, a readable message."""

    def __init__(self, code: MarketErrorCode, message: str, field: str | None = None) -> None:
        super().__init__(message, field=field, code=code)

    def __repr__(self) -> str:
        return f"MarketError({self.code}, field={self.field!r})"


def not_found(what: str, field: str | None = None) -> MarketError:
    # One answer for "does not exist" and "is someone else's": ids do not reveal stores or orders.
    return MarketError(MarketErrorCode.NOT_FOUND, f"No such {what}.", field)


class OutOfStock(MarketError):
    def __init__(self, sku: str) -> None:
        super().__init__(MarketErrorCode.OUT_OF_STOCK, f"Not enough of {sku} is left.", "items")
        self.sku = sku
