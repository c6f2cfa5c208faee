"""`/webhooks/marketplace/payments`: the payment provider's notices (the edge sends them here without
the gateway). The signature over the raw body is checked before anything else is read; a replay is
answered 200 and changes nothing (decision 0031)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from servicekit.errors import DomainError

from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.service_layer.payments import receive_webhook


def webhook_router(services: MarketplaceServices) -> APIRouter:
    router = APIRouter(prefix="/webhooks/marketplace")

    @router.post("/payments")
    async def payment_notice(request: Request) -> JSONResponse:
        body = await request.body()
        try:
            applied = await receive_webhook(
                services.deps,
                services.payment_secrets,
                body,
                request.headers.get("x-razorpay-signature"),
                request.headers.get("x-razorpay-event-id"),
            )
        except DomainError as error:
            status = 401 if error.code == MarketErrorCode.WEBHOOK_SIGNATURE_INVALID else 422
            # A late payment (HOLD_EXPIRED) is answered 200: the provider must not retry it forever;
            # it is refunded from the provider's dashboard (README).
            if error.code == MarketErrorCode.HOLD_EXPIRED:
                status = 200
            return JSONResponse({"applied": False, "code": error.code}, status_code=status)
        return JSONResponse({"applied": applied})

    return router
