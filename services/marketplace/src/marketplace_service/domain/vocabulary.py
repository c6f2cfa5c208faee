"""The marketplace's words: store and order states, payment modes, and which order moves are allowed."""

from __future__ import annotations

from enum import StrEnum


class StoreStatus(StrEnum):
    PENDING = "pending"  # opened, waiting for a super admin
    APPROVED = "approved"
    SUSPENDED = "suspended"


class PaymentMode(StrEnum):
    COD = "cod"  # cash on delivery
    UPI_ON_DELIVERY = "upi_on_delivery"
    ONLINE = "online"  # through the payment provider, before the order is placed


class OrderStatus(StrEnum):
    AWAITING_PAYMENT = "awaiting_payment"  # online: stock held until paid or the hold expires
    PAYMENT_EXPIRED = "payment_expired"
    PLACED = "placed"
    ACCEPTED = "accepted"
    PACKED = "packed"
    SHIPPED = "shipped"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    RETURN_REQUESTED = "return_requested"
    RETURNED = "returned"
    REFUNDED = "refunded"


class OrderAction(StrEnum):
    ACCEPT = "accept"
    PACK = "pack"
    SHIP = "ship"
    DELIVER = "deliver"
    CANCEL = "cancel"
    REQUEST_RETURN = "request_return"
    MARK_RETURNED = "mark_returned"
    REFUND = "refund"


class Actor(StrEnum):
    BUYER = "buyer"
    STORE = "store"


S = OrderStatus
# (action, actor) -> the states it may start from, and where it leads.
MOVES: dict[tuple[OrderAction, Actor], tuple[frozenset[OrderStatus], OrderStatus]] = {
    (OrderAction.ACCEPT, Actor.STORE): (frozenset({S.PLACED}), S.ACCEPTED),
    (OrderAction.PACK, Actor.STORE): (frozenset({S.ACCEPTED}), S.PACKED),
    (OrderAction.SHIP, Actor.STORE): (frozenset({S.PACKED}), S.SHIPPED),
    (OrderAction.DELIVER, Actor.STORE): (frozenset({S.SHIPPED}), S.DELIVERED),
    # The buyer cancels until the goods leave; the store until then too, with a reason.
    (OrderAction.CANCEL, Actor.BUYER): (frozenset({S.PLACED, S.ACCEPTED, S.PACKED}), S.CANCELLED),
    (OrderAction.CANCEL, Actor.STORE): (frozenset({S.PLACED, S.ACCEPTED, S.PACKED}), S.CANCELLED),
    (OrderAction.REQUEST_RETURN, Actor.BUYER): (frozenset({S.DELIVERED}), S.RETURN_REQUESTED),
    (OrderAction.MARK_RETURNED, Actor.STORE): (frozenset({S.RETURN_REQUESTED}), S.RETURNED),
    (OrderAction.REFUND, Actor.STORE): (frozenset({S.RETURNED, S.CANCELLED}), S.REFUNDED),
}

# States whose stock is back on the shelf.
RESTOCKING = frozenset({S.CANCELLED, S.PAYMENT_EXPIRED, S.RETURNED})


class ReviewStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
