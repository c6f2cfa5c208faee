"""What every billing pane needs at hand: the organizer's billing profile and clients, fetched once per
visit of the billing screen and kept up to date as panes change them."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.models import BillingClient, BillingProfile, ItemDefault
from eventxperts_app.ui.app_context import AppContext


@dataclass
class BillingData:
    profile: BillingProfile | None = None
    clients: tuple[BillingClient, ...] = ()
    item_defaults: dict[str, ItemDefault] = field(default_factory=dict)  # by description, lower case

    async def load(self, ctx: AppContext) -> None:
        self.profile = await ctx.auth.call(lambda t: gateway.billing_profile(ctx.client, t))
        self.clients = await ctx.auth.call(lambda t: gateway.clients(ctx.client, t))
        known = await ctx.auth.call(lambda t: gateway.item_defaults(ctx.client, t))
        self.item_defaults = {item.description.casefold(): item for item in known}

    def item_default(self, description: str) -> ItemDefault | None:
        return self.item_defaults.get(description.strip().casefold())

    def client(self, client_id: str | None) -> BillingClient | None:
        return next((c for c in self.clients if c.id == client_id), None)

    def client_name(self, client_id: str | None, recipient_name: str | None = None) -> str:
        """The client's name; for a document without one (a marketplace order's invoice), whom it names."""
        found = self.client(client_id)
        return found.name if found else (recipient_name or "—")
