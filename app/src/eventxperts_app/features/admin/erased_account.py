"""How an erased account reads in lists: nothing personal is left, only when it was erased and its id."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import flet as ft

from eventxperts_app.i18n import N_, Translator

# India keeps one offset all year (no daylight saving), so a fixed zone needs no tz database.
INDIA = timezone(timedelta(hours=5, minutes=30), "IST")


def erased_on(moment: datetime) -> str:
    """The calendar date in India of an erasure: 2026-11-25, read the same in both languages."""
    return moment.astimezone(INDIA).date().isoformat()


def erased_account_summary(
    tr: Translator, user_id: str, erased_at: datetime, width: int | None = None
) -> ft.Control:
    """In place of the (now empty) name and the placeholder email."""
    when = tr(N_("Erased on {date}")).format(date=erased_on(erased_at))
    return ft.Column(
        [
            ft.Text(tr(N_("Erased account")), italic=True),
            ft.Text(f"{when} · {user_id}", theme_style=ft.TextThemeStyle.BODY_SMALL),
        ],
        width=width,
    )
