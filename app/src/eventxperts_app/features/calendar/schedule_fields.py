"""When an event runs and when its stock is out: local dates and times in India, as typed."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar.forms import ScheduleForm
from eventxperts_app.features.calendar.models import Schedule
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.form_errors import ErrorSlot, text_field_slot
from eventxperts_app.ui.form_layout import QUARTER, box, fields_row
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import in_india

DATE_HINT = N_("e.g. 2026-12-10")
TIME_HINT = N_("e.g. 18:30")


class ScheduleFields:
    def __init__(self, labels: Labels) -> None:
        def day(label: Msgid) -> ft.TextField:
            return box(labels, label, col=QUARTER, keyboard=ft.KeyboardType.DATETIME, hint=DATE_HINT)

        def clock(label: Msgid) -> ft.TextField:
            return box(labels, label, col=QUARTER, keyboard=ft.KeyboardType.DATETIME, hint=TIME_HINT)

        self.start_date, self.start_time = day(N_("Start date")), clock(N_("Start time"))
        self.end_date, self.end_time = day(N_("End date")), clock(N_("End time"))
        self.setup_date, self.setup_time = day(N_("Set-up from (date)")), clock(N_("Set-up from (time)"))
        self.teardown_date, self.teardown_time = (
            day(N_("Tear-down until (date)")),
            clock(N_("Tear-down until (time)")),
        )
        self.clear()
        self.control = ft.Column(
            [
                fields_row(self.start_date, self.start_time, self.end_date, self.end_time),
                fields_row(self.setup_date, self.setup_time, self.teardown_date, self.teardown_time),
            ]
        )

    def clear(self) -> None:
        for field in (self.start_date, self.end_date, self.setup_date, self.setup_time):
            field.value = ""
        self.teardown_date.value = self.teardown_time.value = ""
        self.start_time.value, self.end_time.value = "10:00", "22:00"

    def slots(self, prefix: str = "schedule") -> dict[str, ErrorSlot]:
        return {
            f"{prefix}.startsAt": text_field_slot(self.start_date),
            f"{prefix}.endsAt": text_field_slot(self.end_date),
            f"{prefix}.setupStartsAt": text_field_slot(self.setup_date),
            f"{prefix}.teardownEndsAt": text_field_slot(self.teardown_date),
        }

    def form(self) -> ScheduleForm:
        return ScheduleForm(
            start_date=self.start_date.value,
            start_time=self.start_time.value,
            end_date=self.end_date.value,
            end_time=self.end_time.value,
            setup_date=self.setup_date.value,
            setup_time=self.setup_time.value,
            teardown_date=self.teardown_date.value,
            teardown_time=self.teardown_time.value,
        )

    def fill(self, schedule: Schedule) -> None:
        pairs = (
            (self.start_date, self.start_time, schedule.starts_at),
            (self.end_date, self.end_time, schedule.ends_at),
            (self.setup_date, self.setup_time, schedule.setup_starts_at),
            (self.teardown_date, self.teardown_time, schedule.teardown_ends_at),
        )
        for day, clock, moment in pairs:
            local = in_india(moment)
            day.value, clock.value = local.date().isoformat(), local.strftime("%H:%M")
