"""One thing a super admin decides on (a store, a used listing, a review): its texts, a reason box
when a decision needs one, and a button per decision. A decision the service accepts takes the row
off the queue; a refusal is shown on the row."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import flet as ft

from eventxperts_app.api.models import ApiError
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors, text_field_slot
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import actions_row, box, button, card
from eventxperts_app.ui.labels import Labels

# A decision, given the reason typed (None when blank); answers the service's refusals.
Decide = Callable[[str | None], Awaitable[Sequence[ApiError]]]


@dataclass(frozen=True)
class Decision:
    label: Msgid
    decide: Decide
    done: Msgid  # the confirmation shown once it is taken
    filled: bool = False


class ModerationRow:
    def __init__(
        self,
        ctx: AppContext,
        labels: Labels,
        texts: Sequence[str],
        decisions: Sequence[Decision],
        *,
        asks_reason: bool,
        extra: Sequence[ft.Control] = (),
    ) -> None:
        self._ctx, self._labels = ctx, labels
        self.reason = box(labels, N_("Reason (shown to the person)"))
        self.reason.visible = asks_reason
        self.errors = FormErrors(labels, {"reason": text_field_slot(self.reason)})
        self.buttons = [button(labels, d.label, self._taker(d), filled=d.filled) for d in decisions]
        self.control = card(
            [
                *(ft.Text(t) for t in texts),
                *extra,
                ft.ResponsiveRow([self.reason]),
                self.errors.banner,
                actions_row(*self.buttons),
            ]
        )

    def _taker(self, decision: Decision) -> ClickHandler:
        async def take() -> None:
            reason = (self.reason.value or "").strip() or None
            errors = await decision.decide(reason)
            self.errors.show(errors)
            if not errors:
                self.control.visible = False
                self._ctx.confirm(self._labels.tr(decision.done))

        async def run() -> None:
            await run_action(self._ctx, self.errors, take)

        return run
