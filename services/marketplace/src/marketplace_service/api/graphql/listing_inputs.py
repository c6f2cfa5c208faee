"""Inputs of used-item listings in the graph."""

from __future__ import annotations

import strawberry
from servicekit.graphql.paise import Paise

from marketplace_service.api.graphql.enums import SearchSort
from marketplace_service.api.graphql.listing_types import ListingCondition


@strawberry.input(name="ShopUsedListingInput")
class ShopUsedListingInput:
    category_id: str
    title: str
    condition: ListingCondition
    price_paise: Paise
    district_id: str = strawberry.field(description="A district of Andhra Pradesh or Telangana (id or name).")
    description: str | None = None
    contact_phone: str | None = strawberry.field(
        default=None, description="Shown to a buyer only after you reply in their thread."
    )


@strawberry.input(name="ShopUsedListingSearchInput")
class ShopUsedListingSearchInput:
    text: str = ""
    category_id: str | None = None
    district_id: str | None = None
    condition: ListingCondition | None = None
    min_price_paise: Paise | None = None
    max_price_paise: Paise | None = None
    sort: SearchSort = SearchSort.RELEVANCE
