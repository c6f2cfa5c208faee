"""Mutations of the marketplace graph: thin, each builds a command, calls the use case, maps the result."""

from __future__ import annotations

import uuid

import strawberry
from servicekit.graphql import described

from marketplace_service.api.graphql import inputs as i
from marketplace_service.api.graphql.context import MarketInfo, as_uuid, caller_of, services_of
from marketplace_service.api.graphql.enums import OrderAction, StoreStatus
from marketplace_service.api.graphql.errors import payload_of
from marketplace_service.api.graphql.payloads import (
    ShopCheckoutPayload,
    ShopDonePayload,
    ShopOrderPayload,
    ShopProductPayload,
    ShopStorePayload,
)
from marketplace_service.api.graphql.types import ShopOrderType, ShopProductType, ShopStoreType
from marketplace_service.domain.products import ProductInput, VariantInput
from marketplace_service.service_layer import (
    cart,
    catalogue_reads,
    checkout,
    orders,
    payments,
    products,
    reads,
    reviews,
    stores,
)


def _terms(given: i.ShopStoreInput) -> stores.StoreTerms:
    return stores.StoreTerms(
        given.name_en,
        given.name_te,
        given.pickup_line,
        given.pickup_city,
        given.pickup_pin_code,
        given.delivery_pins,
        given.delivery_districts,
        given.delivery_flat_paise,
        given.free_delivery_above_paise,
        given.return_days,
        given.return_policy,
    )


async def _store(info: MarketInfo, store_id: uuid.UUID) -> ShopStorePayload:
    return ShopStorePayload(
        store=ShopStoreType.of(await catalogue_reads.store(services_of(info).deps, caller_of(info), store_id))
    )


async def _order(info: MarketInfo, order_id: uuid.UUID) -> ShopOrderPayload:
    return ShopOrderPayload(
        order=ShopOrderType.of(await reads.order(services_of(info).deps, caller_of(info), order_id))
    )


@strawberry.type(name="Mutation")
class MarketMutations:
    @described.mutation("Open a store (store owners): pending until a super admin approves it.")
    async def open_shop_store(self, info: MarketInfo, input: i.ShopStoreInput) -> ShopStorePayload:
        async def run() -> ShopStorePayload:
            return await _store(
                info, await stores.open_store(services_of(info).deps, caller_of(info), _terms(input))
            )

        return await payload_of(run, lambda e: ShopStorePayload(errors=e))

    @described.mutation("Open the platform's own store (super admins; once).")
    async def open_platform_shop_store(
        self, info: MarketInfo, input: i.ShopStoreInput, state_code: str, gstin: str | None = None
    ) -> ShopStorePayload:
        async def run() -> ShopStorePayload:
            made = await stores.open_platform_store(
                services_of(info).deps, caller_of(info), _terms(input), gstin=gstin, state_code=state_code
            )
            return await _store(info, made)

        return await payload_of(run, lambda e: ShopStorePayload(errors=e))

    @described.mutation("Change a store's name, pickup address, delivery areas and charges, return policy.")
    async def update_shop_store(
        self, info: MarketInfo, store_id: strawberry.ID, input: i.ShopStoreInput
    ) -> ShopStorePayload:
        async def run() -> ShopStorePayload:
            store_uuid = as_uuid(store_id, "storeId")
            await stores.update_store(services_of(info).deps, caller_of(info), store_uuid, _terms(input))
            return await _store(info, store_uuid)

        return await payload_of(run, lambda e: ShopStorePayload(errors=e))

    @described.mutation("Approve or suspend a store (super admins; suspending needs a reason).")
    async def set_shop_store_status(
        self, info: MarketInfo, store_id: strawberry.ID, status: StoreStatus, reason: str | None = None
    ) -> ShopStorePayload:
        async def run() -> ShopStorePayload:
            store_uuid = as_uuid(store_id, "storeId")
            await stores.set_store_status(services_of(info).deps, caller_of(info), store_uuid, status, reason)
            return await _store(info, store_uuid)

        return await payload_of(run, lambda e: ShopStorePayload(errors=e))

    @described.mutation("List a product with its variants, or change one (with productId).")
    async def save_shop_product(self, info: MarketInfo, input: i.ShopProductInput) -> ShopProductPayload:
        async def run() -> ShopProductPayload:
            deps, caller = services_of(info).deps, caller_of(info)
            raw = ProductInput(
                input.category_id,
                input.title_en,
                input.title_te,
                input.description_en,
                input.description_te,
                input.hsn,
                input.gst_rate,
                [VariantInput(v.sku, v.label, v.price_paise, v.mrp_paise, v.stock) for v in input.variants],
            )
            product_id = await products.save_product(
                deps,
                caller,
                as_uuid(input.store_id, "storeId"),
                raw,
                as_uuid(input.product_id, "productId") if input.product_id else None,
                active=input.active,
            )
            return ShopProductPayload(
                product=ShopProductType.of(await catalogue_reads.product(deps, caller, product_id))
            )

        return await payload_of(run, lambda e: ShopProductPayload(errors=e))

    @described.mutation("Recount a variant's free stock.")
    async def set_shop_variant_stock(
        self, info: MarketInfo, variant_id: strawberry.ID, stock: int
    ) -> ShopDonePayload:
        async def run() -> ShopDonePayload:
            await products.set_stock(
                services_of(info).deps, caller_of(info), as_uuid(variant_id, "variantId"), stock
            )
            return ShopDonePayload(done=True, id=variant_id)

        return await payload_of(run, lambda e: ShopDonePayload(errors=e))

    @described.mutation("Put a quantity of a variant in your cart (0 takes it out).")
    async def set_shop_cart_quantity(
        self, info: MarketInfo, variant_id: strawberry.ID, quantity: int
    ) -> ShopDonePayload:
        async def run() -> ShopDonePayload:
            await cart.set_cart_quantity(
                services_of(info).deps, caller_of(info), as_uuid(variant_id, "variantId"), quantity
            )
            return ShopDonePayload(done=True, id=variant_id)

        return await payload_of(run, lambda e: ShopDonePayload(errors=e))

    @described.mutation(
        "Check out the cart: one order per store; online payment holds the stock for 15 minutes."
    )
    async def check_out_shop_cart(self, info: MarketInfo, input: i.ShopCheckoutInput) -> ShopCheckoutPayload:
        async def run() -> ShopCheckoutPayload:
            deps, caller = services_of(info).deps, caller_of(info)
            address = checkout.DeliveryAddress(
                input.name, input.phone, input.line, input.city, input.pin_code
            )
            result = await checkout.check_out(deps, caller, checkout.Checkout(address, input.payment_mode))
            views = [await reads.order(deps, caller, order_id) for order_id in result.order_ids]
            return ShopCheckoutPayload(
                checkout_id=strawberry.ID(str(result.checkout_id)),
                orders=[ShopOrderType.of(v) for v in views],
                total_paise=result.total_paise,  # type: ignore[arg-type]
                provider_order_id=result.provider_order_id,
                provider_key_id=result.provider_key_id,
            )

        return await payload_of(run, lambda e: ShopCheckoutPayload(errors=e))

    @described.mutation("Pass on the payment provider's signed answer at the end of an online checkout.")
    async def confirm_shop_payment(
        self, info: MarketInfo, provider_order_id: str, payment_id: str, signature: str
    ) -> ShopDonePayload:
        async def run() -> ShopDonePayload:
            services = services_of(info)
            await payments.confirm_payment(
                services.deps,
                caller_of(info),
                services.payment_secrets,
                provider_order_id,
                payment_id,
                signature,
            )
            return ShopDonePayload(done=True)

        return await payload_of(run, lambda e: ShopDonePayload(errors=e))

    @described.mutation(
        "Move an order: the store accepts, packs, ships, delivers, marks returned, refunds; "
        "the buyer cancels (before shipping) or asks to return; the store cancels with a reason."
    )
    async def move_shop_order(
        self, info: MarketInfo, order_id: strawberry.ID, action: OrderAction, reason: str | None = None
    ) -> ShopOrderPayload:
        async def run() -> ShopOrderPayload:
            order_uuid = as_uuid(order_id, "orderId")
            await orders.move_order(
                services_of(info).deps, caller_of(info), orders.MoveOrder(order_uuid, action, reason)
            )
            return await _order(info, order_uuid)

        return await payload_of(run, lambda e: ShopOrderPayload(errors=e))

    @described.mutation("Review an order line delivered to you (1-5 stars; shown once moderated).")
    async def review_shop_order_line(
        self, info: MarketInfo, order_line_id: strawberry.ID, rating: int, text: str | None = None
    ) -> ShopDonePayload:
        async def run() -> ShopDonePayload:
            made = await reviews.review_line(
                services_of(info).deps, caller_of(info), as_uuid(order_line_id, "orderLineId"), rating, text
            )
            return ShopDonePayload(done=True, id=strawberry.ID(str(made)))

        return await payload_of(run, lambda e: ShopDonePayload(errors=e))

    @described.mutation("Approve or reject a review (super admins).")
    async def moderate_shop_review(
        self, info: MarketInfo, review_id: strawberry.ID, approve: bool
    ) -> ShopDonePayload:
        async def run() -> ShopDonePayload:
            await reviews.moderate_review(
                services_of(info).deps, caller_of(info), as_uuid(review_id, "reviewId"), approve
            )
            return ShopDonePayload(done=True, id=review_id)

        return await payload_of(run, lambda e: ShopDonePayload(errors=e))
