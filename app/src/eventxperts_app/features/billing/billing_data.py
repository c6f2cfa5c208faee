"""What every billing pane needs at hand: the organizer's billing profile and clients, fetched once per
visit of the billing screen and kept up to date as panes change them."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.models import BillingClient, BillingProfile
from eventxperts_app.ui.app_context import AppContext


@dataclass
class BillingData:
    profile: BillingProfile | None = None
    clients: tuple[BillingClient, ...] = ()

    async def load(self, ctx: AppContext) -> None:
        self.profile = await ctx.auth.call(lambda t: gateway.billing_profile(ctx.client, t))
        self.clients = await ctx.auth.call(lambda t: gateway.clients(ctx.client, t))

    def client(self, client_id: str | None) -> BillingClient | None:
        return next((c for c in self.clients if c.id == client_id), None)

    def client_name(self, client_id: str | None) -> str:
        found = self.client(client_id)
        return found.name if found else "—"
