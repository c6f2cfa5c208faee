"""The texts of the marketplace service's error codes (MarketErrorCode, docs/api/marketplace.graphql).
Codes another section already words (INVALID_TEXT, INVALID_DISTRICT, INVALID_QUANTITY, INVALID_CURSOR,
INVALID_PAGE_SIZE, HOLD_EXPIRED and INVALID_TRANSITION in the calendar's; INVALID_INPUT, INVALID_RATE
and PROFILE_INCOMPLETE in billing's; INVALID_RATING and ALREADY_REVIEWED in explore's) and the shared
ones of ui/error_texts.py (FORBIDDEN, INVALID_GSTIN, INVALID_PIN_CODE, TOO_BUSY, ...) keep those texts:
one code, one wording."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.i18n import N_

MARKETPLACE_ERROR_TEXTS = MappingProxyType(
    {
        "INVALID_CATEGORY": N_("Choose a category from the list"),
        "INVALID_PRICE": N_("Enter a price above zero"),
        "INVALID_STOCK": N_("Enter the stock as 0 or more"),
        "INVALID_HSN": N_("Enter a valid HSN code of 4, 6 or 8 digits"),
        "INVALID_SKU": N_("Enter an SKU of letters, digits and dashes"),
        "DUPLICATE_SKU": N_("Another product of your store already has this SKU"),
        "INVALID_IMAGE": N_("This image cannot be used. Upload a JPEG, PNG or WebP photo."),
        "INVALID_MONTH": N_("Choose a month that has ended"),
        "STORE_NOT_APPROVED": N_("Your store is waiting for approval. You can sell once it is approved."),
        "STORE_SUSPENDED": N_("This store is suspended"),
        "CART_EMPTY": N_("Your cart is empty"),
        "OUT_OF_STOCK": N_("Not enough of this product is in stock. Lower the quantity or try later."),
        "NOT_DELIVERED_HERE": N_("This store does not deliver to this address"),
        "PAYMENT_UNAVAILABLE": N_("Online payment is not available right now. Try again in a moment."),
        "WEBHOOK_SIGNATURE_INVALID": N_("The payment notice could not be verified"),
        "REASON_REQUIRED": N_("Give a reason"),
        "NOT_A_VERIFIED_BUYER": N_("You can review a product once you have received it"),
        "LISTING_NOT_ACTIVE": N_("This listing is no longer on sale"),
        "OWN_LISTING": N_("This is your own listing"),
        "TOO_MANY_LISTINGS": N_(
            "You have as many listings open as allowed. Mark one sold or withdraw it first."
        ),
        "TOO_MANY_MESSAGES": N_("You have sent many messages in a short time. Try again in an hour."),
        "TOO_MANY_IMAGES": N_("This already has as many photos as allowed. Remove one first."),
    }
)
