"""Two resets with one code at once, committing on real PostgreSQL: exactly one sets the password."""

from __future__ import annotations

import asyncio

from mail.testing import LocalSmtpServer
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import build_services
from users_service.domain.errors import UsersError
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import Login, ResetPassword
from users_service.service_layer.password_reset import reset_password
from users_service.service_layer.results import SignedIn

from ..conftest import mailing_settings
from .reset_scenarios import emailed_code
from .scenarios import registered, unique_email


async def test_of_two_resets_racing_with_one_code_exactly_one_succeeds(
    service_engine: AsyncEngine, smtp_server: LocalSmtpServer
) -> None:
    services = build_services(mailing_settings(smtp_server), service_engine)
    email = unique_email("reset-race")
    await registered(services, email=email)
    code = await emailed_code(services, smtp_server, email)

    results = await asyncio.gather(
        reset_password(ResetPassword(email, code, "first4winner"), services.deps),
        reset_password(ResetPassword(email, code, "second4winner"), services.deps),
        return_exceptions=True,
    )

    winners = [r for r in results if isinstance(r, SignedIn)]
    losers = [r.code for r in results if isinstance(r, UsersError)]
    assert (len(winners), losers) == (1, ["RESET_CODE_INVALID"])
    winning_password = "first4winner" if results[0] is winners[0] else "second4winner"
    await login(Login(email, winning_password), services.deps)
