"""A booking's facts and its activity log as lines of text, in the language on screen."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.calendar.models import ActivityEntry, Booking
from eventxperts_app.features.calendar.names import ACTIONS, EVENT_KINDS, NAKSHATRAS, STATUSES
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.local_time import moment_text, paise_text


def summary_lines(tr: Translator, booking: Booking) -> list[ft.Control]:
    s, v, c = booking.schedule, booking.venue, booking.client
    lines: list[ft.Control] = [
        ft.Text(booking.event_name, theme_style=ft.TextThemeStyle.HEADLINE_SMALL),
        ft.Text(
            f"{tr(STATUSES[booking.status])} · {tr(EVENT_KINDS[booking.kind])}", weight=ft.FontWeight.BOLD
        ),
        ft.Text(
            tr(N_("From {start} to {end}")).format(start=moment_text(s.starts_at), end=moment_text(s.ends_at))
        ),
        ft.Text(
            tr(N_("Stock out from {setup} until {teardown}")).format(
                setup=moment_text(s.setup_starts_at), teardown=moment_text(s.teardown_ends_at)
            ),
            theme_style=ft.TextThemeStyle.BODY_SMALL,
        ),
        ft.Text(f"{v.address}, {v.district}, {v.state_name} {v.pin_code}"),
        ft.Text(
            f"{tr(N_('Client'))}: {c.name} · {', '.join(c.phones)}" + (f" · {c.email}" if c.email else "")
        ),
    ]
    if c.birth_nakshatra is not None:
        lines.append(ft.Text(f"{tr(N_('Birth nakshatra'))}: {tr(NAKSHATRAS[c.birth_nakshatra])}"))
    for item in booking.line_items:
        name = item.stock_item.name if item.stock_item else item.description
        lines.append(ft.Text(f"• {name} × {item.quantity} · {paise_text(item.agreed_price_paise)}"))
    lines.append(
        ft.Text(
            tr(N_("Agreed total {total}, advance {advance}")).format(
                total=paise_text(booking.agreed_total_paise), advance=paise_text(booking.advance_paise)
            ),
            weight=ft.FontWeight.BOLD,
        )
    )
    if booking.hold_expires_at is not None and booking.status.value == "TENTATIVE":
        lines.append(ft.Text(tr(N_("Held until {time}")).format(time=moment_text(booking.hold_expires_at))))
    if booking.exceeds_stock:
        lines.append(ft.Text(tr(N_("This hold is beyond the stock free")), color=ft.Colors.ERROR))
    if booking.cancellation_reason:
        lines.append(
            ft.Text(tr(N_("Cancelled because: {reason}")).format(reason=booking.cancellation_reason))
        )
    for text in (booking.details, booking.notes):
        if text:
            lines.append(ft.Text(text, theme_style=ft.TextThemeStyle.BODY_SMALL))
    return lines


def activity_lines(tr: Translator, activity: tuple[ActivityEntry, ...]) -> list[ft.Control]:
    lines: list[ft.Control] = []
    for entry in activity:
        lines.append(
            ft.Text(f"{moment_text(entry.at)} · {tr(ACTIONS[entry.action])}", weight=ft.FontWeight.BOLD)
        )
        changes = [f"{c.field}: {c.before or '–'} → {c.after or '–'}" for c in entry.changes]
        lines += [ft.Text(text, theme_style=ft.TextThemeStyle.BODY_SMALL) for text in changes]
        if entry.note:
            lines.append(ft.Text(entry.note, theme_style=ft.TextThemeStyle.BODY_SMALL))
    return lines
