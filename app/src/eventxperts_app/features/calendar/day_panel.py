"""One day in full: its panchangam (tithi and nakshatra with when they end, festivals, muhurthams),
the kalams to avoid (rahu kalam, yamagandam, durmuhurtham), what makes it a peak day, and the bookings."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.features.calendar.models import DayBooking, DayView, PanchangamPeriod
from eventxperts_app.features.calendar.names import EVENT_KINDS, MUHURTHAM_BADGES, STATUSES, localized
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.form_layout import card
from eventxperts_app.ui.local_time import clock_text, window_text

UNTIL = N_("{name} until {time}")
# Marked here, not inside the f-strings below: Babel's extractor does not look into f-strings.
FESTIVAL = N_("Festival")
RAHU_KALAM = N_("Rahu kalam")
YAMAGANDAM = N_("Yamagandam")
DURMUHURTHAM = N_("Durmuhurtham")
BookingOpened = Callable[[str], Awaitable[None]]


def _periods(tr: Translator, label: str, periods: tuple[PanchangamPeriod, ...]) -> ft.Text:
    names = [tr(UNTIL).format(name=localized(tr, p.name), time=clock_text(p.ends_at)) for p in periods]
    return ft.Text(f"{label}: {', '.join(names)}")


def panchangam_lines(tr: Translator, day: DayView) -> list[ft.Control]:
    p = day.panchangam
    lines: list[ft.Control] = [
        ft.Text(
            f"{day.date.isoformat()} · {localized(tr, p.vara)}", theme_style=ft.TextThemeStyle.TITLE_MEDIUM
        ),
        _periods(tr, tr(N_("Tithi")), p.tithi),
        _periods(tr, tr(N_("Nakshatra")), p.nakshatra),
    ]
    if p.festivals:
        lines.append(ft.Text(f"{tr(FESTIVAL)}: {', '.join(localized(tr, f) for f in p.festivals)}"))
    for kind in p.muhurthams:
        lines.append(ft.Text(tr(MUHURTHAM_BADGES[kind]), color=ft.Colors.PRIMARY, weight=ft.FontWeight.BOLD))
    kalams = [
        f"{tr(RAHU_KALAM)}: {window_text(p.rahu_kalam.starts_at, p.rahu_kalam.ends_at)}",
        f"{tr(YAMAGANDAM)}: {window_text(p.yamagandam.starts_at, p.yamagandam.ends_at)}",
        f"{tr(DURMUHURTHAM)}: {', '.join(window_text(w.starts_at, w.ends_at) for w in p.durmuhurtham)}",
    ]
    lines += [ft.Text(kalam, theme_style=ft.TextThemeStyle.BODY_SMALL) for kalam in kalams]
    if day.is_peak_day:
        lines.append(
            ft.Text(tr(N_("Peak day: stock nearly gone")), color=ft.Colors.ERROR, weight=ft.FontWeight.BOLD)
        )
        for use in day.peak_items:
            free = tr(N_("{item}: {free} of {usable} free")).format(
                item=use.item.name, free=use.free, usable=use.usable
            )
            lines.append(ft.Text(free, color=ft.Colors.ERROR))
    return lines


def booking_card(tr: Translator, booking: DayBooking, open_booking: BookingOpened) -> ft.Control:
    async def opened() -> None:
        await open_booking(booking.id)

    where = f"{booking.district} · {booking.client_name}"
    return card(
        [
            ft.Text(booking.event_name, weight=ft.FontWeight.BOLD),
            ft.Text(f"{tr(STATUSES[booking.status])} · {tr(EVENT_KINDS[booking.kind])}"),
            ft.Text(f"{window_text(booking.starts_at, booking.ends_at)} · {where}"),
        ],
        on_click=opened,
    )


def day_panel(tr: Translator, day: DayView, open_booking: BookingOpened) -> list[ft.Control]:
    bookings: list[ft.Control] = [booking_card(tr, b, open_booking) for b in day.bookings]
    if not bookings:
        bookings = [ft.Text(tr(N_("No bookings on this day")))]
    return [card(panchangam_lines(tr, day)), *bookings]
