"""One enquiry as either party sees it: what was asked, its status, the thread, and a message box while
it is open. The family can withdraw it, and review the organizer once the booking is completed; the
organizer sees the name and phone the family gave and opens the lead in the calendar."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from enum import Enum

import flet as ft

from eventxperts_app.features.calendar.paths import booking_location
from eventxperts_app.features.explore import gateway
from eventxperts_app.features.explore.choices import event_kind_name
from eventxperts_app.features.explore.models import Enquiry, ThreadMessage
from eventxperts_app.features.explore.names import ENQUIRY_STATUSES, code_name, district_name
from eventxperts_app.features.explore.paths import organizer_location
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, dropdown_slot, text_field_slot
from eventxperts_app.ui.form_layout import (
    QUARTER,
    WHOLE,
    actions_row,
    box,
    button,
    card,
    dropdown,
)
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import moment_text, paise_text
from eventxperts_app.ui.required_fields import missing

Changed = Callable[[], Awaitable[None]]


class Party(Enum):
    FAMILY = "family"  # who sent the enquiry
    ORGANIZER = "organizer"  # who received it


class EnquiryCard:
    def __init__(
        self, ctx: AppContext, labels: Labels, enquiry: Enquiry, party: Party, changed: Changed
    ) -> None:
        self._ctx, self._labels, self._party, self._changed = ctx, labels, party, changed
        self.enquiry = enquiry
        self.summary = ft.Column(spacing=4)
        self.thread = ft.Column(spacing=4)
        self.reply = box(labels, N_("Your message"), col=WHOLE, multiline=True)
        self.send_button = button(labels, N_("Send message"), self._post)
        self.rating = dropdown(labels, N_("Stars (1 to 5)"), col=QUARTER)
        self.rating.options = [ft.DropdownOption(key=str(n), text=str(n)) for n in range(5, 0, -1)]
        self.review = box(labels, N_("Your review"), col=WHOLE, multiline=True)
        self.errors = FormErrors(
            labels,
            {
                "body": text_field_slot(self.reply),
                "rating": dropdown_slot(self.rating),
                "review": text_field_slot(self.review),
            },
        )
        self.review_step = ft.Column(
            [
                labels.text(N_("How was the event? Review the organizer")),
                ft.ResponsiveRow([self.rating, self.review], spacing=8, run_spacing=8),
                actions_row(button(labels, N_("Post review"), self._post_review)),
            ],
            spacing=6,
        )
        self.writing = ft.Column([ft.ResponsiveRow([self.reply]), actions_row(self.send_button)], spacing=6)
        self.open_booking = button(labels, N_("Open in calendar"), self._open_booking)
        self.withdraw = button(labels, N_("Withdraw enquiry"), self._withdraw)
        # Its words follow the enquiry's block (render names them): Block or Unblock this person.
        self.block = ft.OutlinedButton(on_click=self._toggle_block)
        self.actions = actions_row(*self._actions())
        self.control = card(
            [self.summary, self.thread, self.writing, self.review_step, self.errors.banner, self.actions]
        )
        labels.on_relabel(self.render)

    def _actions(self) -> list[ft.Control]:
        if self._party is Party.ORGANIZER:
            return [self.open_booking, self.block]
        return [button(self._labels, N_("Organizer's page"), self._open_organizer), self.withdraw, self.block]

    def render(self) -> None:
        enquiry, tr = self.enquiry, self._labels.tr
        dates = ", ".join(d.isoformat() for d in enquiry.preferred_dates)
        lines: list[ft.Control] = [
            ft.Text(f"{event_kind_name(self._labels, enquiry.kind)} · {dates}", weight=ft.FontWeight.BOLD),
            ft.Text(
                tr(N_("Status: {status}")).format(status=code_name(tr, ENQUIRY_STATUSES, enquiry.status))
            ),
            ft.Text(tr(N_("Venue in {district}")).format(district=district_name(tr, enquiry.district))),
        ]
        if enquiry.guest_count is not None:
            lines.append(ft.Text(tr(N_("{count} guests")).format(count=enquiry.guest_count)))
        if enquiry.budget_min_paise is not None or enquiry.budget_max_paise is not None:
            low, high = (
                paise_text(p) if p is not None else "…"
                for p in (enquiry.budget_min_paise, enquiry.budget_max_paise)
            )
            lines.append(ft.Text(tr(N_("Budget: {low} – {high}")).format(low=low, high=high)))
        if self._party is Party.ORGANIZER:
            lines.append(
                ft.Text(
                    tr(N_("From {name}, {phone}")).format(
                        name=enquiry.contact_name, phone=enquiry.contact_phone
                    )
                )
            )
        lines.append(ft.Text(enquiry.message))
        lines += self._block_lines()
        self.summary.controls = lines
        self.thread.controls = [self._message(m) for m in enquiry.messages]
        self.writing.visible = not enquiry.closed
        self.review_step.visible = self._party is Party.FAMILY and enquiry.status == "COMPLETED"
        self.open_booking.visible = enquiry.booking_id is not None
        self.withdraw.visible = not enquiry.closed

    def _block_lines(self) -> list[ft.Control]:
        tr, organizer = self._labels.tr, self._party is Party.ORGANIZER
        if organizer:
            self.block.content = tr(
                N_("Unblock this person") if self.enquiry.blocked_by_me else N_("Block this person")
            )
        else:
            self.block.content = tr(
                N_("Unblock this organizer") if self.enquiry.blocked_by_me else N_("Block this organizer")
            )
        if not self.enquiry.blocked_by_me:
            return []
        said = (
            N_("You blocked this person: no enquiries or messages from them reach you.")
            if organizer
            else N_("You blocked this organizer: their messages do not reach you.")
        )
        return [ft.Text(tr(said), italic=True)]

    async def _toggle_block(self) -> None:
        blocked = not self.enquiry.blocked_by_me
        enquiry, by_organizer = self.enquiry, self._party is Party.ORGANIZER

        async def send() -> None:
            errors = await self._ctx.auth.call(
                lambda t: gateway.set_block(
                    self._ctx.client, enquiry, by_organizer=by_organizer, blocked=blocked, access_token=t
                )
            )
            self.errors.show(errors)
            if not errors:
                self.enquiry = replace(self.enquiry, blocked_by_me=blocked)
                self.render()

        await run_action(self._ctx, self.errors, send, busy=self.block)

    def _message(self, message: ThreadMessage) -> ft.Control:
        tr = self._labels.tr
        mine = message.from_organizer == (self._party is Party.ORGANIZER)
        if mine:
            author = tr(N_("You"))
        elif message.from_organizer:
            author = tr(N_("Organizer"))
        else:
            author = self.enquiry.contact_name or tr(N_("Family"))
        when = moment_text(message.created_at)
        return ft.Text(f"{author} ({when}): {message.body}")

    async def _post(self) -> None:
        body = (self.reply.value or "").strip()
        self.errors.show(missing(body=body))
        if not body:
            self._ctx.refresh()
            return
        enquiry_id = self.enquiry.id

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.post_message(self._ctx.client, enquiry_id, body, t)
            )
            self.errors.show(result.errors)
            if result.message is not None:
                self.enquiry = replace(self.enquiry, messages=(*self.enquiry.messages, result.message))
                self.reply.value = ""
                self.render()

        await run_action(self._ctx, self.errors, send, busy=self.send_button)

    async def _withdraw(self) -> None:
        enquiry_id = self.enquiry.id

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.withdraw_enquiry(self._ctx.client, enquiry_id, t)
            )
            self.errors.show(result.errors)
            if result.enquiry is not None:
                self.enquiry = result.enquiry
                self.render()
                self._ctx.confirm(self._labels.tr(N_("Enquiry withdrawn")))

        await run_action(self._ctx, self.errors, send)

    async def _post_review(self) -> None:
        self.errors.show(missing(rating=self.rating.value or ""))
        if not self.rating.value:
            self._ctx.refresh()
            return
        rating, body = int(self.rating.value), (self.review.value or "").strip() or None
        enquiry_id = self.enquiry.id

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.write_review(self._ctx.client, enquiry_id, rating, body, t)
            )
            self.errors.show(result.errors)
            if result.review is not None:
                self.review_step.visible = False
                self._ctx.confirm(self._labels.tr(N_("Thank you. Your review is published.")))

        await run_action(self._ctx, self.errors, send)

    async def _open_booking(self) -> None:
        if self.enquiry.booking_id:
            await self._ctx.go(booking_location(self.enquiry.booking_id))

    async def _open_organizer(self) -> None:
        await self._ctx.go(organizer_location(self.enquiry.organizer_id))
