"""A refused confirmation, as the organizer needs it: each item short, on which day, by how much,
and which bookings hold it (each opens that booking)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar.day_panel import BookingOpened
from eventxperts_app.features.calendar.models import BookingRef, StockShortage
from eventxperts_app.features.calendar.names import STATUSES
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.local_time import moment_text

SHORT = N_("{item} on {day}: {wanted} wanted, {available} free, short by {short_by}")
CAPACITY = N_("Capacity on {day}: {wanted} wanted, {available} free, short by {short_by}")
HELD_BY = N_("Held by {event} ({status}, {starts})")


def shortage_text(tr: Translator, shortage: StockShortage) -> str:
    numbers = {
        "day": shortage.day.isoformat(),
        "wanted": shortage.wanted,
        "available": shortage.available,
        "short_by": shortage.short_by,
    }
    if shortage.item is None:
        return tr(CAPACITY).format(**numbers)
    return tr(SHORT).format(item=shortage.item.name, **numbers)


def held_by(tr: Translator, ref: BookingRef, open_booking: BookingOpened | None) -> ft.Control:
    """The booking holding the stock; pressing it opens that booking, when there is somewhere to."""
    text = tr(HELD_BY).format(
        event=ref.event_name, status=tr(STATUSES[ref.status]), starts=moment_text(ref.starts_at)
    )
    if open_booking is None:
        return ft.Text("  " + text, theme_style=ft.TextThemeStyle.BODY_SMALL)

    async def opened() -> None:
        await open_booking(ref.id)

    return ft.TextButton(content=text, icon=ft.Icons.OPEN_IN_NEW, on_click=opened)


def shortage_lines(
    tr: Translator, shortages: tuple[StockShortage, ...], open_booking: BookingOpened | None = None
) -> list[ft.Control]:
    if not shortages:
        return []
    lines: list[ft.Control] = [
        ft.Text(tr(N_("Not enough stock")), color=ft.Colors.ERROR, weight=ft.FontWeight.BOLD)
    ]
    for shortage in shortages:
        lines.append(ft.Text(shortage_text(tr, shortage), color=ft.Colors.ERROR))
        lines += [held_by(tr, ref, open_booking) for ref in shortage.held_by]
    return lines
