"""The month as a grid of days (Sunday first, as Telugu calendars print it): each day's date, its
tithi and nakshatra in short, and badges for muhurthams, peak days and bookings.

Seven cells share a phone's width (about 50 px each), so the labels are the short forms pocket
panchangams use (S5 / శు5, Rohi / రోహి); the day panel gives them in full.
"""

from __future__ import annotations

import calendar
from collections.abc import Awaitable, Callable
from datetime import date

import flet as ft

from eventxperts_app.features.calendar.models import DayView, MonthView, MuhurthamKind
from eventxperts_app.features.calendar.names import MUHURTHAM_BADGES, nakshatra_short, tithi_short
from eventxperts_app.i18n import N_, Translator

WEEKDAYS = (N_("Sun"), N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"))
PEAK_DAY = N_("Peak day: stock nearly gone")
BOOKINGS_ON_DAY = N_("{count} bookings")
BADGE_ICONS = {
    MuhurthamKind.MARRIAGE: ft.Icons.FAVORITE,
    MuhurthamKind.GRUHAPRAVESAM: ft.Icons.HOME,
    MuhurthamKind.UPANAYANAM: ft.Icons.SCHOOL,
    MuhurthamKind.SHOP_OPENING: ft.Icons.STOREFRONT,
}
CELL_HEIGHT = 84  # room for date, tithi, nakshatra and a line of badges; well above a 48 px target

DayPicked = Callable[[date], Awaitable[None]]


def weeks_of(year: int, month: int) -> list[list[date | None]]:
    """The month's weeks, Sunday first; days of other months are None."""
    sunday_first = calendar.Calendar(firstweekday=calendar.SUNDAY)
    return [
        [d if d.month == month else None for d in week]
        for week in sunday_first.monthdatescalendar(year, month)
    ]


def badges(tr: Translator, day: DayView) -> list[ft.Control]:
    marks: list[ft.Control] = [
        ft.Icon(
            BADGE_ICONS[kind], size=14, color=ft.Colors.PRIMARY, semantics_label=tr(MUHURTHAM_BADGES[kind])
        )
        for kind in day.panchangam.muhurthams
        if kind in (MuhurthamKind.MARRIAGE, MuhurthamKind.GRUHAPRAVESAM)
    ]
    if day.is_peak_day:
        marks.append(
            ft.Icon(ft.Icons.WARNING_AMBER, size=14, color=ft.Colors.ERROR, semantics_label=tr(PEAK_DAY))
        )
    if day.bookings:
        label = tr(BOOKINGS_ON_DAY).format(count=len(day.bookings))
        marks.append(ft.Icon(ft.Icons.EVENT, size=14, color=ft.Colors.TERTIARY, semantics_label=label))
    return marks


def day_cell(tr: Translator, on: date, day: DayView | None, selected: bool, pick: DayPicked) -> ft.Control:
    lines: list[ft.Control] = [ft.Text(str(on.day), weight=ft.FontWeight.BOLD)]
    if day is not None:
        small = ft.TextThemeStyle.LABEL_SMALL
        if day.panchangam.tithi:
            lines.append(ft.Text(tithi_short(tr, day.panchangam.tithi[0].number), theme_style=small))
        if day.panchangam.nakshatra:
            lines.append(ft.Text(nakshatra_short(tr, day.panchangam.nakshatra[0].number), theme_style=small))
        lines.append(ft.Row(badges(tr, day), spacing=0, wrap=True))

    async def picked() -> None:
        await pick(on)

    return ft.Container(
        content=ft.Column(lines, spacing=0, tight=True),
        expand=1,
        height=CELL_HEIGHT,
        padding=3,
        border_radius=6,
        bgcolor=ft.Colors.PRIMARY_CONTAINER if selected else None,
        border=ft.Border.all(1, ft.Colors.OUTLINE_VARIANT),
        on_click=picked,
    )


def empty_cell() -> ft.Control:
    return ft.Container(expand=1, height=CELL_HEIGHT)


def month_grid(tr: Translator, view: MonthView, selected: date | None, pick: DayPicked) -> ft.Column:
    by_date = {day.date: day for day in view.days}
    header = ft.Row(
        [ft.Text(tr(name), expand=1, theme_style=ft.TextThemeStyle.LABEL_MEDIUM) for name in WEEKDAYS],
        spacing=2,
    )
    rows = [
        ft.Row(
            [
                empty_cell() if on is None else day_cell(tr, on, by_date.get(on), on == selected, pick)
                for on in week
            ],
            spacing=2,
        )
        for week in weeks_of(view.year, view.month)
    ]
    return ft.Column([header, *rows], spacing=2)
