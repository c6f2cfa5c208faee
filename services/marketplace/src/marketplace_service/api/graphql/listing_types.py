"""Used-item listings, their threads and images in the graph (Shop* names, like the rest)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import strawberry
from servicekit.graphql.paise import Paise

from marketplace_service.domain.listings import ListingCondition, ListingStatus
from marketplace_service.service_layer.images import ImageLinks, UploadTicket
from marketplace_service.service_layer.listing_threads import ThreadView

strawberry.enum(ListingCondition, name="ShopListingCondition")
strawberry.enum(ListingStatus, name="ShopListingStatus")


@strawberry.type(name="ShopImage")
class ShopImageType:
    id: strawberry.ID
    url: str = strawberry.field(description="The display size (JPEG, no EXIF); a signed link for minutes.")
    thumbnail_url: str

    @classmethod
    def of(cls, links: ImageLinks) -> ShopImageType:
        return cls(id=strawberry.ID(str(links.id)), url=links.url, thumbnail_url=links.thumbnail_url)


@strawberry.type(name="ShopImageUpload")
class ShopImageUploadType:
    image_id: strawberry.ID
    upload_url: str = strawberry.field(
        description="PUT or POST the photo itself (JPEG, PNG or WebP, at most 10 MB) here, once."
    )
    expires_at: datetime

    @classmethod
    def of(cls, ticket: UploadTicket) -> ShopImageUploadType:
        return cls(
            image_id=strawberry.ID(str(ticket.image_id)),
            upload_url=ticket.upload_url,
            expires_at=ticket.expires_at,
        )


@strawberry.type(name="ShopUsedListing")
class ShopUsedListingType:
    id: strawberry.ID
    category_id: strawberry.ID
    title: str
    description: str | None
    condition: ListingCondition
    price_paise: Paise
    district_id: str
    status: ListingStatus
    status_reason: str | None
    created_at: datetime
    mine: bool
    contact_phone: str | None = strawberry.field(
        description="Shown to the seller only (buyers see it in a thread)."
    )
    photos: list[ShopImageType]

    @classmethod
    def of(cls, row: Any, viewer: str | None, photos: list[ImageLinks]) -> ShopUsedListingType:
        mine = viewer is not None and str(row.seller_id) == viewer
        return cls(
            id=strawberry.ID(str(row.id)),
            category_id=strawberry.ID(row.category_id),
            title=row.title,
            description=row.description,
            condition=ListingCondition(row.condition),
            price_paise=Paise(row.price_paise),
            district_id=row.district_id,
            status=ListingStatus(row.status),
            status_reason=row.status_reason,
            created_at=row.created_at,
            mine=mine,
            contact_phone=row.contact_phone if mine else None,
            photos=[ShopImageType.of(p) for p in photos],
        )


@strawberry.type(name="ShopUsedListingPage")
class ShopUsedListingPageType:
    listings: list[ShopUsedListingType]
    next_cursor: str | None


@strawberry.type(name="ShopListingMessage")
class ShopListingMessageType:
    id: strawberry.ID
    from_me: bool
    body: str | None = strawberry.field(description="Null once its sender's data was erased.")
    sent_at: datetime


@strawberry.type(name="ShopListingThread")
class ShopListingThreadType:
    id: strawberry.ID
    listing_id: strawberry.ID
    listing_title: str
    i_am_seller: bool
    seller_replied: bool
    seller_phone: str | None = strawberry.field(
        description="The seller's phone, once the seller has replied here."
    )
    last_message_at: datetime
    messages: list[ShopListingMessageType]

    @classmethod
    def of(cls, view: ThreadView, viewer: uuid.UUID) -> ShopListingThreadType:
        t = view.thread
        return cls(
            id=strawberry.ID(str(t.id)),
            listing_id=strawberry.ID(str(t.listing_id)),
            listing_title=view.listing.title if view.listing is not None else "",
            i_am_seller=t.seller_id == viewer,
            seller_replied=t.seller_replied,
            seller_phone=view.seller_phone,
            last_message_at=t.last_message_at,
            messages=[
                ShopListingMessageType(
                    id=strawberry.ID(str(m.id)), from_me=m.sender_id == viewer, body=m.body, sent_at=m.sent_at
                )
                for m in view.messages
            ],
        )


__all__ = [
    "ListingCondition",
    "ListingStatus",
    "ShopImageType",
    "ShopImageUploadType",
    "ShopListingMessageType",
    "ShopListingThreadType",
    "ShopUsedListingPageType",
    "ShopUsedListingType",
]
