"""A thief refreshing a stolen token while the owner changes the password must not keep a session:
whichever commits first, no active refresh token survives the change."""

from __future__ import annotations

import asyncio
import uuid

from servicekit.errors import DomainError
from sqlalchemy import text
from users_service.bootstrap import UsersServices
from users_service.service_layer.accounts import change_password
from users_service.service_layer.authentication import refresh
from users_service.service_layer.commands import ChangePassword

from .scenarios import PASSWORD, caller_of, registered


async def active_tokens(services: UsersServices, user_id: uuid.UUID) -> int:
    async with services.deps.unit_of_work() as uow:
        result = await uow.session.execute(
            text("SELECT count(*) FROM refresh_tokens WHERE user_id = :u AND status = 'active'"),
            {"u": user_id},
        )
        return int(result.scalar_one())


async def test_no_refresh_survives_a_password_change_it_raced(
    committing_services: UsersServices,
) -> None:
    for attempt in range(5):
        signed_in = await registered(
            committing_services, email=f"owner-{attempt}-{uuid.uuid4().hex[:6]}@ex.in"
        )
        owner = caller_of(signed_in.user)
        change = ChangePassword(owner, current_password=PASSWORD, new_password=f"NewSecret{attempt}2026")
        results = await asyncio.gather(
            refresh(signed_in.tokens.refresh_token, committing_services.deps),
            change_password(change, committing_services.deps),
            return_exceptions=True,
        )
        assert not [r for r in results if isinstance(r, BaseException) and not isinstance(r, DomainError)], (
            results
        )
        assert await active_tokens(committing_services, signed_in.user.id) == 0
