"""One booking: what was agreed, what confirming would find short, the actions its status allows
(hold, confirm, complete, cancel with a reason, reschedule, change), the dispatch sheet and return
check once confirmed, its activity log and a WhatsApp message for the client."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api.json_fields import JsonObject
from eventxperts_app.features.calendar import gateway
from eventxperts_app.features.calendar.booking_summary import activity_lines, summary_lines
from eventxperts_app.features.calendar.dispatch_panel import DispatchPanel
from eventxperts_app.features.calendar.form_checks import check_reason
from eventxperts_app.features.calendar.models import Booking, BookingResult, BookingStatus
from eventxperts_app.features.calendar.schedule_fields import ScheduleFields
from eventxperts_app.features.calendar.shortage_view import shortage_lines
from eventxperts_app.features.calendar.variables import reschedule_variables
from eventxperts_app.i18n import N_, Language, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_layout import WHOLE, actions_row, box, button, card, heading
from eventxperts_app.ui.labels import Labels

Back = Callable[[], Awaitable[None]]
Edit = Callable[[Booking], Awaitable[None]]
# What each status allows, in the order the buttons show.
ACTIONS_BY_STATUS: dict[BookingStatus, tuple[str, ...]] = {
    BookingStatus.ENQUIRY: ("hold", "confirm", "reschedule", "edit", "cancel"),
    BookingStatus.TENTATIVE: ("confirm", "reschedule", "edit", "cancel"),
    BookingStatus.HOLD_EXPIRED: ("hold", "reschedule", "edit", "cancel"),
    BookingStatus.CONFIRMED: ("complete", "reschedule", "edit", "cancel"),
}
# Stock leaves the godown for these, and comes back checked.
GOES_OUT = frozenset({BookingStatus.CONFIRMED, BookingStatus.COMPLETED})
ACTION_LABELS: dict[str, Msgid] = {
    "hold": N_("Hold tentatively"),
    "confirm": N_("Confirm"),
    "complete": N_("Mark completed"),
    "reschedule": N_("Reschedule"),
    "edit": N_("Change details"),
    "cancel": N_("Cancel booking"),
}


class BookingDetailPane:
    def __init__(self, ctx: AppContext, labels: Labels, back: Back, edit: Edit) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self._edit = edit
        self.booking: Booking | None = None
        self.refused: BookingResult | None = None
        self.summary = ft.Column(spacing=4)
        self.shortages = ft.Column(spacing=4)
        self.actions = actions_row()
        self.reason = box(labels, N_("Reason for cancelling"), col=WHOLE)
        self.cancel_step = ft.Column(
            [
                self.reason,
                actions_row(button(labels, N_("Yes, cancel the booking"), self._cancel, filled=True)),
            ],
            visible=False,
        )
        self.schedule = ScheduleFields(labels)
        self.reschedule_reason = box(labels, N_("Why the dates move (optional)"), col=WHOLE)
        self.reschedule_step = ft.Column(
            [
                self.schedule.control,
                self.reschedule_reason,
                actions_row(button(labels, N_("Save new dates"), self._reschedule, filled=True)),
            ],
            visible=False,
        )
        slots = {"reason": text_field_slot(self.reason), **self.schedule.slots()}
        self.errors = FormErrors(labels, slots)
        self.share = ft.TextButton(icon=ft.Icons.SHARE, visible=False)
        labels.bind(self.share, "content", N_("Open WhatsApp"))
        self.activity = ft.Column(spacing=2)
        self.godown = DispatchPanel(ctx, labels, self._reopen)
        self.control = ft.Column(
            [
                actions_row(button(labels, N_("Back to calendar"), back)),
                card([self.summary]),
                self.errors.banner,
                self.shortages,
                self.actions,
                self.cancel_step,
                self.reschedule_step,
                actions_row(
                    button(labels, N_("Share with the client on WhatsApp"), self._prepare_share), self.share
                ),
                self.godown.control,
                heading(labels, N_("Activity")),
                self.activity,
            ],
            spacing=12,
        )
        labels.on_relabel(self.render)

    async def open(self, booking_id: str) -> None:
        async def fetch() -> None:
            self.show(
                await self._ctx.auth.call(lambda token: gateway.booking(self._ctx.client, booking_id, token))
            )

        self.booking = None
        self.render()
        await run_action(self._ctx, self.errors, fetch)
        await self.load_godown()

    async def _reopen(self) -> None:
        if self.booking is not None:
            await self.open(self.booking.id)

    async def load_godown(self) -> None:
        """The dispatch sheet and return check, for a booking whose stock goes out."""
        booking = self.booking
        if booking is not None and booking.status in GOES_OUT:
            await self.godown.load(booking.id)
        else:
            self.godown.hide()

    def show(self, booking: Booking, refused: BookingResult | None = None) -> None:
        self.booking, self.refused = booking, refused
        shown = self.godown.record
        if booking.status not in GOES_OUT or (shown is not None and shown.booking_id != booking.id):
            self.godown.hide()  # another booking's sheet, or one whose stock does not go out
        self.cancel_step.visible = self.reschedule_step.visible = self.share.visible = False
        if refused is None:
            self.errors.clear()
        self.render()

    def render(self) -> None:
        booking, tr = self.booking, self._tr
        if booking is None:
            self.summary.controls, self.actions.controls, self.activity.controls, self.shortages.controls = (
                [],
                [],
                [],
                [],
            )
            return
        self.summary.controls = summary_lines(tr, booking)
        shortages = self.refused.shortages if self.refused and self.refused.shortages else booking.shortages
        self.shortages.controls = shortage_lines(tr, shortages, self.open)
        self.actions.controls = [
            ft.OutlinedButton(content=tr(ACTION_LABELS[name]), on_click=self._action(name))
            for name in ACTIONS_BY_STATUS.get(booking.status, ())
        ]
        self.activity.controls = activity_lines(tr, booking.activity)

    def _action(self, name: str) -> Callable[[], Awaitable[None]]:
        async def act() -> None:
            booking = self.booking
            if booking is None:
                return
            if name == "edit":
                await self._edit(booking)
            elif name == "cancel":
                self.cancel_step.visible, self.reschedule_step.visible = True, False
            elif name == "reschedule":
                self.schedule.fill(booking.schedule)
                self.reschedule_step.visible, self.cancel_step.visible = True, False
            else:
                await self._send(name, {"id": booking.id})
            self._ctx.refresh()

        return act

    async def _cancel(self) -> None:
        problems = check_reason(self.reason.value)
        self.errors.show(problems)
        if self.booking is not None and not problems:
            await self._send("cancel", {"id": self.booking.id, "reason": self.reason.value.strip()})
        self._ctx.refresh()

    async def _reschedule(self) -> None:
        if self.booking is None:
            return
        built = reschedule_variables(self.booking.id, self.schedule.form(), self.reschedule_reason.value)
        self.errors.show(built.errors)
        if not built.errors:
            await self._send("reschedule", built.variables)
        self._ctx.refresh()

    async def _send(self, action: str, variables: JsonObject) -> None:
        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda token: gateway.change_booking(self._ctx.client, action, variables, token)
            )
            if result.booking is not None and not result.errors:
                self.show(result.booking)
                await self.load_godown()
                return
            self.errors.show(result.errors)
            self.refused = result
            self.render()

        await run_action(self._ctx, self.errors, send, busy=self.actions)

    async def _prepare_share(self) -> None:
        booking = self.booking
        if booking is None:
            return
        language = "TE" if self._tr.language is Language.TE else "EN"

        async def fetch() -> None:
            url = await self._ctx.auth.call(
                lambda token: gateway.whatsapp_link(self._ctx.client, booking.id, language, token)
            )
            self.share.url, self.share.visible = url, True

        await run_action(self._ctx, self.errors, fetch)
