"""The store owner's store (/shop/store): its state (waiting for approval, selling, suspended), its
terms, its products and the orders it received. A store owner without a store opens one here; a
super admin manages the platform's own store here too."""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.marketplace import gateway
from eventxperts_app.features.marketplace.models import Category, Store
from eventxperts_app.features.marketplace.names import STORE_STATUSES, in_telugu
from eventxperts_app.features.marketplace.store_form import StoreFields
from eventxperts_app.features.marketplace.store_orders import StoreOrders
from eventxperts_app.features.marketplace.store_products import StoreProducts
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card, dropdown
from eventxperts_app.ui.labels import Labels


def store_name(tr: Translator, store: Store) -> str:
    return (store.name_te if in_telugu(tr) else None) or store.name_en


def status_text(tr: Translator, store: Store) -> str:
    text = tr(N_("Status: {status}")).format(status=tr(STORE_STATUSES[store.status]))
    return f"{text} · {store.status_reason}" if store.status_reason else text


class StoreScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.stores: tuple[Store, ...] = ()
        self.categories: tuple[Category, ...] = ()
        self.store: Store | None = None
        self.chooser = dropdown(labels, N_("Store"))
        self.chooser.on_select = self._choose
        self.status = ft.Text(weight=ft.FontWeight.BOLD)
        self.fields = StoreFields(labels)
        self.errors = FormErrors(labels, self.fields.slots())
        self.form_title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.save = button(labels, N_("Save store"), self._save, filled=True)
        self.products = StoreProducts(ctx, labels)
        self.orders = StoreOrders(ctx, labels)
        self.managed = ft.Column([self.products.control, self.orders.control], spacing=16, visible=False)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("My store")),
                    self.chooser,
                    self.status,
                    card([self.form_title, self.fields.control, self.errors.banner, actions_row(self.save)]),
                    self.managed,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        user = self._ctx.auth.user
        platform_too = user is not None and Role.SUPER_ADMIN in user.roles

        async def fetch() -> None:
            self.categories = await self._ctx.auth.call(lambda t: gateway.categories(self._ctx.client, t))
            self.stores = await self._ctx.auth.call(
                lambda t: gateway.managed_stores(self._ctx.client, platform_too, t)
            )
            await self._open(self.stores[0] if self.stores else None)

        await run_action(self._ctx, self.errors, fetch)

    async def _open(self, store: Store | None) -> None:
        self.store = store
        self.fields.fill(store)
        self._render()
        if store is not None:
            await self.products.show(store.id, self.categories)
            await self.orders.show(store.id)

    def _render(self) -> None:
        tr, store = self.labels.tr, self.store
        self.chooser.options = [ft.DropdownOption(key=s.id, text=store_name(tr, s)) for s in self.stores]
        self.chooser.value = store.id if store else None
        self.chooser.visible = len(self.stores) > 1
        self.status.value = (
            status_text(tr, store) if store else tr(N_("Open your store: it sells once approved."))
        )
        self.form_title.value = tr(N_("Store details") if store else N_("Open a store"))
        self.managed.visible = store is not None

    async def _choose(self, _event: object) -> None:
        chosen = next((s for s in self.stores if s.id == self.chooser.value), None)
        await run_action(self._ctx, self.errors, lambda: self._open(chosen))

    async def _save(self) -> None:
        problems = self.fields.problems()
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return
        store_input = self.fields.variables()
        store_id = self.store.id if self.store else None

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save_store(self._ctx.client, store_id, store_input, t)
            )
            self.errors.show(result.errors)
            if result.store is not None and not result.errors:
                saved = result.store
                self.stores = (*(s for s in self.stores if s.id != saved.id), saved)
                self._ctx.confirm(self.labels.tr(N_("Store saved")))
                await self._open(saved)

        await run_action(self._ctx, self.errors, send, busy=self.save)
