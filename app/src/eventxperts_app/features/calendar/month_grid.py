"""The month as a grid of days (Sunday first, as Telugu calendars print it): each day's date, its
tithi and nakshatra in short, and badges for muhurthams, peak days and bookings. On a phone, a list
of days instead, a day a line, where the badges have room to be named in words.

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
PEAK_DAY_SHORT = N_("Peak day")
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


Mark = tuple[ft.IconData, ft.Colors, str]  # icon, colour, what it means in words


def marks(tr: Translator, day: DayView) -> list[Mark]:
    """What a day is marked with: its marriage and gruhapravesam muhurthams, peak, bookings."""
    found: list[Mark] = [
        (BADGE_ICONS[kind], ft.Colors.PRIMARY, tr(MUHURTHAM_BADGES[kind]))
        for kind in day.panchangam.muhurthams
        if kind in (MuhurthamKind.MARRIAGE, MuhurthamKind.GRUHAPRAVESAM)
    ]
    if day.is_peak_day:
        found.append((ft.Icons.WARNING_AMBER, ft.Colors.ERROR, tr(PEAK_DAY_SHORT)))
    if day.bookings:
        found.append(
            (ft.Icons.EVENT, ft.Colors.TERTIARY, tr(BOOKINGS_ON_DAY).format(count=len(day.bookings)))
        )
    return found


def badges(tr: Translator, day: DayView) -> list[ft.Control]:
    """Icons only, named for screen readers: a grid cell has no room for words."""
    return [
        ft.Icon(icon, size=14, color=colour, semantics_label=label) for icon, colour, label in marks(tr, day)
    ]


def badge_words(tr: Translator, day: DayView) -> list[ft.Control]:
    """Icons with their meaning in words beside them, for the phone's list of days."""
    return [
        ft.Row(
            [ft.Icon(icon, size=14, color=colour), ft.Text(label, theme_style=ft.TextThemeStyle.LABEL_SMALL)],
            spacing=2,
            tight=True,
        )
        for icon, colour, label in marks(tr, day)
    ]


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


def day_row(tr: Translator, on: date, day: DayView | None, selected: bool, pick: DayPicked) -> ft.Control:
    """One day as a line of the phone's list: weekday and date, tithi and nakshatra, and badges named
    in words beside their icons (a grid cell a seventh of a phone's width has no room for words)."""
    small = ft.TextThemeStyle.LABEL_MEDIUM
    weekday = tr(WEEKDAYS[(on.weekday() + 1) % 7])
    lines: list[ft.Control] = [ft.Text(f"{weekday} {on.day}", weight=ft.FontWeight.BOLD, width=64)]
    if day is not None:
        p = day.panchangam
        short = [tithi_short(tr, p.tithi[0].number)] if p.tithi else []
        short += [nakshatra_short(tr, p.nakshatra[0].number)] if p.nakshatra else []
        lines.append(ft.Text(" · ".join(short), theme_style=small, width=96))
        lines.append(ft.Row(badge_words(tr, day), spacing=6, wrap=True, expand=True))

    async def picked() -> None:
        await pick(on)

    return ft.Container(
        content=ft.Row(lines, spacing=8),
        padding=ft.Padding.symmetric(horizontal=8, vertical=14),  # a line of text and 28 px: 48 px to tap
        border_radius=6,
        bgcolor=ft.Colors.PRIMARY_CONTAINER if selected else None,
        border=ft.Border.all(1, ft.Colors.OUTLINE_VARIANT),
        on_click=picked,
    )


def month_list(tr: Translator, view: MonthView, selected: date | None, pick: DayPicked) -> ft.Column:
    """The month on a phone: a day a line, so each day's badges can be named."""
    by_date = {day.date: day for day in view.days}
    days = [on for week in weeks_of(view.year, view.month) for on in week if on is not None]
    return ft.Column([day_row(tr, on, by_date.get(on), on == selected, pick) for on in days], spacing=2)


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
