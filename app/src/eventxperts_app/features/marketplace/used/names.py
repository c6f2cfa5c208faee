"""The words the used-item market shows: conditions and states of a listing, and a listing's lines
(price, condition, district in the language on screen)."""

from __future__ import annotations

from types import MappingProxyType

from india.errors import UnknownDistrict
from india.gazetteer import find_district

from eventxperts_app.features.explore.names import in_language
from eventxperts_app.features.marketplace.used.models import ListingCondition, ListingStatus, UsedListing
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.local_time import paise_text

CONDITIONS = MappingProxyType(
    {
        ListingCondition.LIKE_NEW: N_("Like new"),
        ListingCondition.GOOD: N_("Good"),
        ListingCondition.FAIR: N_("Fair"),
        ListingCondition.FOR_PARTS: N_("For parts"),
    }
)
LISTING_STATUSES = MappingProxyType(
    {
        ListingStatus.PENDING: N_("Waiting for approval"),
        ListingStatus.ACTIVE: N_("On sale"),
        ListingStatus.REJECTED: N_("Not approved"),
        ListingStatus.SOLD: N_("Sold"),
        ListingStatus.WITHDRAWN: N_("Withdrawn"),
    }
)


def district_name(tr: Translator, district_id: str) -> str:
    try:
        district = find_district(district_id)
    except UnknownDistrict:
        return district_id
    return in_language(tr, district.name, district.name_te)


def listing_summary(tr: Translator, listing: UsedListing) -> str:
    """₹8,000 · Good · Hyderabad"""
    condition = tr(CONDITIONS[listing.condition])
    return " · ".join((paise_text(listing.price_paise), condition, district_name(tr, listing.district_id)))


def listing_state(tr: Translator, listing: UsedListing) -> str:
    """Status: Not approved (Photos of another item)"""
    status = tr(N_("Status: {status}")).format(status=tr(LISTING_STATUSES[listing.status]))
    return f"{status} ({listing.status_reason})" if listing.status_reason else status
