"""Buttons that take the person to another of the shop's screens."""

from __future__ import annotations

from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_fields import ClickHandler


def going(ctx: AppContext, route: str) -> ClickHandler:
    async def go() -> None:
        await ctx.go(route)

    return go
