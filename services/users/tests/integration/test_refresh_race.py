"""Two refreshes racing with one token on real PostgreSQL: the row lock lets exactly one rotate;
the other sees a rotated token, which is reuse, and the family ends."""

from __future__ import annotations

import asyncio
import uuid

import pytest
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service_layer.authentication import refresh

from .scenarios import registered


async def test_one_of_two_racing_refreshes_rotates_and_the_other_is_treated_as_reuse(
    committing_services: UsersServices,
) -> None:
    signed_in = await registered(committing_services, email=f"race-{uuid.uuid4().hex[:8]}@ex.in")
    token = signed_in.tokens.refresh_token

    results = await asyncio.gather(
        refresh(token, committing_services.deps),
        refresh(token, committing_services.deps),
        return_exceptions=True,
    )

    errors = [r for r in results if isinstance(r, UsersError)]
    winners = [r for r in results if not isinstance(r, BaseException)]
    assert len(winners) == 1
    assert [e.code for e in errors] == [UsersErrorCode.REFRESH_TOKEN_REUSED]
    with pytest.raises(UsersError) as revoked:
        await refresh(winners[0].tokens.refresh_token, committing_services.deps)
    assert revoked.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
