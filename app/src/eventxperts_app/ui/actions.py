"""Runs a screen's gateway action so failures end up on screen, never as a traceback."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import Protocol

import flet as ft

from eventxperts_app.api import GatewayError, SignedOut
from eventxperts_app.api.models import ApiError
from eventxperts_app.ui import routes
from eventxperts_app.ui.app_context import AppContext


class ShowsErrors(Protocol):
    """Where an action's failures are shown: a form's fields and banner, or one row of a list."""

    def show(self, errors: Iterable[ApiError]) -> None: ...


async def run_action(
    ctx: AppContext,
    errors: ShowsErrors,
    action: Callable[[], Awaitable[None]],
    busy: ft.Control | None = None,
) -> None:
    """`action` with `busy` disabled meanwhile; gateway failures go to `errors`."""
    if busy is not None:
        busy.disabled = True
        ctx.refresh()
    try:
        await action()
    except SignedOut:
        ctx.auth.end()
        await ctx.go(routes.SIGN_IN)
    except GatewayError as failure:
        errors.show([ApiError(code=failure.code, message=failure.message)])
    finally:
        if busy is not None:
            busy.disabled = False
        ctx.refresh()
