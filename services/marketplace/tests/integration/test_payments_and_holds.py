"""Online payment through the provider's stand-in: the stock is held, a signed webhook places the
orders once, a forged one is refused, an expired hold gives the stock back."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from marketplace_service.bootstrap import MarketplaceServices, build_services
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.vocabulary import PaymentMode
from marketplace_service.service_layer import hold_expiry, payments, reads
from servicekit.errors import DomainError
from servicekit.service import create_app

from ..payment_stand_in import StandInProvider, serve_provider
from .scenarios import approved_store, bought, buyer, listed, shamiana, variant_of


@pytest.fixture
def provider(services: MarketplaceServices) -> StandInProvider:
    settings = services.settings
    return StandInProvider(
        settings.payments_key_id,
        settings.payments_key_secret.get_secret_value(),
        settings.payments_webhook_secret.get_secret_value(),
    )


class Clock:
    def __init__(self) -> None:
        self.now = datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def online(
    services: MarketplaceServices, provider: StandInProvider
) -> Iterator[tuple[MarketplaceServices, Clock]]:
    clock = Clock()
    with serve_provider(provider) as url:
        settings = services.settings.model_copy(update={"payments_base_url": url})
        yield build_services(settings, services.engine, services.sessions, clock=clock), clock


async def webhook(services: MarketplaceServices, body: bytes, headers: dict[str, str]) -> httpx.Response:
    from marketplace_service.service import SERVICE

    app = create_app(SERVICE, services.settings, services=services)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://edge.test") as http:
        return await http.post("/webhooks/marketplace/payments", content=body, headers=headers)


async def test_a_signed_webhook_places_the_held_orders_once(
    online: tuple[MarketplaceServices, Clock], provider: StandInProvider
) -> None:
    services, _ = online
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id, shamiana(stock=3)))
    result = await bought(deps, who, tent.id, 2, PaymentMode.ONLINE)
    assert result.provider_order_id in provider.orders
    assert provider.orders[result.provider_order_id] == result.total_paise
    assert (await variant_of(deps, tent.product_id)).stock == 1  # held
    assert (await reads.my_orders(deps, who, 1, 0))[0].order.status == "awaiting_payment"
    body, headers = provider.captured_notice(result.provider_order_id or "")
    first = await webhook(services, body, headers)
    replay = await webhook(services, body, headers)
    assert (first.status_code, first.json()) == (200, {"applied": True})
    assert (replay.status_code, replay.json()) == (200, {"applied": False})
    view = (await reads.my_orders(deps, who, 1, 0))[0]
    assert (view.order.status, view.order.paid) == ("placed", True)
    assert [h.status for h in view.history] == ["awaiting_payment", "placed"]


async def test_a_forged_webhook_is_refused_and_changes_nothing(
    online: tuple[MarketplaceServices, Clock], provider: StandInProvider
) -> None:
    services, _ = online
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    result = await bought(deps, who, tent.id, 1, PaymentMode.ONLINE)
    body, headers = provider.captured_notice(result.provider_order_id or "")
    forged = await webhook(services, body.replace(b"captured", b"captured "), headers)
    unsigned = await webhook(services, body, {"content-type": "application/json"})
    assert forged.status_code == unsigned.status_code == 401
    assert forged.json()["code"] == MarketErrorCode.WEBHOOK_SIGNATURE_INVALID
    assert (await reads.my_orders(deps, who, 1, 0))[0].order.status == "awaiting_payment"


async def test_an_expired_hold_gives_the_stock_back_and_a_late_payment_is_refused(
    online: tuple[MarketplaceServices, Clock], provider: StandInProvider
) -> None:
    services, clock = online
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id, shamiana(stock=2)))
    result = await bought(deps, who, tent.id, 2, PaymentMode.ONLINE)
    assert (await variant_of(deps, tent.product_id)).stock == 0
    clock.now += timedelta(minutes=14)
    assert await hold_expiry.sweep(deps) == 0
    clock.now += timedelta(minutes=2)
    assert await hold_expiry.sweep(deps) == 1
    assert (await variant_of(deps, tent.product_id)).stock == 2
    assert (await reads.my_orders(deps, who, 1, 0))[0].order.status == "payment_expired"
    body, _ = provider.captured_notice(result.provider_order_id or "")
    with pytest.raises(DomainError) as late:
        await payments.apply_payment(deps, payments.notice_of(body, "evt_late"))
    assert late.value.code == MarketErrorCode.HOLD_EXPIRED


async def test_the_buyers_signed_checkout_answer_confirms_the_payment(
    online: tuple[MarketplaceServices, Clock], provider: StandInProvider
) -> None:
    from marketplace_service.payments.signatures import signature

    services, _ = online
    deps, who = services.deps, buyer()
    owner, store_id = await approved_store(deps)
    tent = await variant_of(deps, await listed(deps, owner, store_id))
    order_id = (await bought(deps, who, tent.id, 1, PaymentMode.ONLINE)).provider_order_id or ""
    secrets = services.payment_secrets
    with pytest.raises(DomainError) as forged:
        await payments.confirm_payment(deps, who, secrets, order_id, "pay_1", "00" * 32)
    assert forged.value.code == MarketErrorCode.WEBHOOK_SIGNATURE_INVALID
    good = signature(provider.key_secret, f"{order_id}|pay_1".encode())
    assert await payments.confirm_payment(deps, who, secrets, order_id, "pay_1", good) is True
    assert await payments.confirm_payment(deps, who, secrets, order_id, "pay_1", good) is False
