"""Starting and continuing sign-in sessions: an access token plus a refresh-token family member."""

from __future__ import annotations

import secrets
import uuid

from users_service.domain.accounts import UserAccount
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.results import TokenPair
from users_service.service_layer.unit_of_work import UsersUnitOfWork


async def issue_tokens(
    uow: UsersUnitOfWork,
    deps: UseCaseDependencies,
    account: UserAccount,
    *,
    family_id: uuid.UUID | None = None,
) -> TokenPair:
    """A new access token and a refresh token in `family_id` (a new family when None)."""
    if deps.access_tokens is None:
        raise RuntimeError("the built-in issuer is off (AUTH_PROVIDER=auth0)")
    now = deps.clock()
    secret = secrets.token_urlsafe(32)
    await uow.refresh_tokens.add(
        family_id=family_id or uuid.uuid4(),
        user_id=account.id,
        secret=secret,
        expires_at=now + deps.refresh_token_lifetime,
    )
    access = await deps.access_tokens.issue(account.id, account.roles, now)
    return TokenPair(access.token, secret, access.expires_in)
