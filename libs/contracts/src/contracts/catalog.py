"""Every published event contract: (type, version) -> payload model, with its topic.

Publishing a contract means adding it here and committing its schema snapshot
(`uv run python -m contracts.snapshots`); from then on `tests/test_published_contracts.py` fails on
any incompatible change to it. A breaking change is a new version: a new model (`...V2`), a new
entry here, and so a new topic `<service>.<aggregate>.v2`.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from contracts import billing, calendar, discovery, gallery, marketplace, users
from contracts.topics import topic_of


class UnknownContract(Exception):
    code = "UNKNOWN_CONTRACT"


class InvalidPayload(Exception):
    code = "INVALID_PAYLOAD"


@dataclass(frozen=True)
class Contract:
    type: str
    version: int
    model: builtins.type[BaseModel]

    @property
    def topic(self) -> str:
        return topic_of(self.type, self.version)

    @property
    def snapshot_name(self) -> str:
        return f"{self.type}.v{self.version}.json"


PUBLISHED: tuple[Contract, ...] = (
    Contract(users.USER_REGISTERED, 1, users.UserRegisteredV1),
    Contract(users.USER_ROLES_CHANGED, 1, users.UserRolesChangedV1),
    Contract(users.USER_DEACTIVATED, 1, users.UserDeactivatedV1),
    Contract(users.USER_ERASED, 1, users.UserErasedV1),
    Contract(users.USER_PROFILE_CHANGED, 1, users.UserProfileChangedV1),
    Contract(users.SESSION_REVOKED, 1, users.SessionRevokedV1),
    Contract(calendar.BOOKING_CREATED, 1, calendar.BookingCreatedV1),
    Contract(calendar.BOOKING_TENTATIVE, 1, calendar.BookingTentativeV1),
    Contract(calendar.BOOKING_CONFIRMED, 1, calendar.BookingConfirmedV1),
    Contract(calendar.BOOKING_RESCHEDULED, 1, calendar.BookingRescheduledV1),
    Contract(calendar.BOOKING_ITEMS_CHANGED, 1, calendar.BookingItemsChangedV1),
    Contract(calendar.BOOKING_HOLD_EXPIRED, 1, calendar.BookingHoldExpiredV1),
    Contract(calendar.BOOKING_CANCELLED, 1, calendar.BookingCancelledV1),
    Contract(calendar.BOOKING_COMPLETED, 1, calendar.BookingCompletedV1),
    Contract(calendar.BOOKING_DISPATCHED, 1, calendar.BookingDispatchedV1),
    Contract(calendar.AVAILABILITY_CHANGED, 1, calendar.AvailabilityChangedV1),
    Contract(billing.INVOICE_ISSUED, 1, billing.InvoiceIssuedV1),
    Contract(billing.INVOICE_PAID, 1, billing.InvoicePaidV1),
    Contract(billing.INVOICE_CANCELLED, 1, billing.InvoiceCancelledV1),
    Contract(billing.PAYMENT_RECORDED, 1, billing.PaymentRecordedV1),
    Contract(discovery.ENQUIRY_CREATED, 1, discovery.EnquiryCreatedV1),
    Contract(discovery.ENQUIRY_WITHDRAWN, 1, discovery.EnquiryWithdrawnV1),
    Contract(discovery.REVIEW_PUBLISHED, 1, discovery.ReviewPublishedV1),
    Contract(gallery.PHOTO_UPLOADED, 1, gallery.PhotoUploadedV1),
    Contract(gallery.PHOTO_DELETED, 1, gallery.PhotoDeletedV1),
    Contract(gallery.ALBUM_FACE_SEARCH_CHANGED, 1, gallery.AlbumFaceSearchChangedV1),
    Contract(marketplace.ORDER_PLACED, 1, marketplace.OrderPlacedV1),
    Contract(marketplace.ORDER_ACCEPTED, 1, marketplace.OrderAcceptedV1),
    Contract(marketplace.ORDER_SHIPPED, 1, marketplace.OrderShippedV1),
    Contract(marketplace.ORDER_DELIVERED, 1, marketplace.OrderDeliveredV1),
    Contract(marketplace.ORDER_CANCELLED, 1, marketplace.OrderCancelledV1),
    Contract(marketplace.ORDER_REFUNDED, 1, marketplace.OrderRefundedV1),
    Contract(marketplace.PRODUCT_CHANGED, 1, marketplace.ProductChangedV1),
    Contract(marketplace.LISTING_CHANGED, 1, marketplace.ListingChangedV1),
    Contract(marketplace.LISTING_MESSAGE_SENT, 1, marketplace.ListingMessageSentV1),
)

_BY_KEY = {(c.type, c.version): c for c in PUBLISHED}


def contract_for(event_type: str, version: int) -> Contract:
    try:
        return _BY_KEY[(event_type, version)]
    except KeyError:
        raise UnknownContract(f"no published contract {event_type} v{version}") from None


def parse_payload(event_type: str, version: int, payload: dict[str, Any]) -> BaseModel:
    """The typed payload of a received event; `InvalidPayload` if it breaks its contract."""
    model = contract_for(event_type, version).model
    try:
        return model.model_validate(payload)
    except ValidationError as error:
        raise InvalidPayload(f"{event_type} v{version}: {error}") from error
