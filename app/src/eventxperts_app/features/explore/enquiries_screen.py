"""The enquiries of the person signed in: those a family sent, with the organizers' answers
(/enquiries), and those an organizer received, their leads (/leads). Newest first, a page at a time."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.enquiry_card import EnquiryCard, Party
from eventxperts_app.features.explore.models import Enquiry
from eventxperts_app.features.explore.paths import EXPLORE
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import actions_row, button
from eventxperts_app.ui.labels import Labels

Fetch = Callable[[AppContext, str, int], Awaitable[tuple[Enquiry, ...]]]


async def _sent(ctx: AppContext, token: str, offset: int) -> tuple[Enquiry, ...]:
    return await gateway.my_enquiries(ctx.client, token, offset)


async def _received(ctx: AppContext, token: str, offset: int) -> tuple[Enquiry, ...]:
    return await gateway.organizer_enquiries(ctx.client, token, offset)


class EnquiriesScreen:
    party = Party.FAMILY
    title = N_("My enquiries")
    empty = N_("You have sent no enquiries yet. Find an organizer and ask them.")
    fetch: Fetch = staticmethod(_sent)

    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.errors = FormErrors(labels, {})
        self.cards: list[EnquiryCard] = []
        self.list = ft.Column(spacing=8)
        self.empty_note = labels.text(self.empty, visible=False)
        self.more = button(labels, N_("Older enquiries"), self._older)
        self.more.visible = False
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, self.title),
                    *self._header(labels),
                    self.errors.banner,
                    self.empty_note,
                    self.list,
                    actions_row(self.more),
                ],
                spacing=12,
            )
        ]

    def _header(self, labels: Labels) -> list[ft.Control]:
        return [actions_row(button(labels, N_("Find organizers"), self._explore))]

    async def _explore(self) -> None:
        await self._ctx.go(EXPLORE)

    async def load(self) -> None:
        self.cards = []
        await self._fetch(0)

    async def _older(self) -> None:
        await self._fetch(len(self.cards))

    async def _fetch(self, offset: int) -> None:
        async def fetch() -> None:
            found = await self._ctx.auth.call(lambda t: type(self).fetch(self._ctx, t, offset))
            self.cards += [EnquiryCard(self._ctx, self.labels, e, self.party, self.load) for e in found]
            self.list.controls = [card.control for card in self.cards]
            self.empty_note.visible = not self.cards
            self.more.visible = len(found) == gateway.PAGE

        await run_action(self._ctx, self.errors, fetch)


class LeadsScreen(EnquiriesScreen):
    party = Party.ORGANIZER
    title: Msgid = N_("Enquiries received")
    empty: Msgid = N_("No enquiries yet. Families find you through your directory profile.")
    fetch: Fetch = staticmethod(_received)

    def _header(self, labels: Labels) -> list[ft.Control]:
        return [labels.text(N_("Each enquiry is a lead in your calendar: confirm or cancel it there."))]
