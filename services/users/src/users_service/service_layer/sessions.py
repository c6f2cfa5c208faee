"""Sign-in sessions: starting and continuing one (an access token plus a member of the session's
refresh-token family, whose id the access token carries as `sid`), and ending them."""

from __future__ import annotations

import secrets
import uuid

from users_service.adapters.sessions_repository import StoredRefreshToken
from users_service.domain.accounts import UserAccount
from users_service.service_layer.dependencies import UseCaseDependencies
from users_service.service_layer.events import SessionEnd, session_revoked
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
    session_id = family_id or uuid.uuid4()
    await uow.refresh_tokens.add(
        family_id=session_id,
        user_id=account.id,
        secret=secret,
        expires_at=now + deps.refresh_token_lifetime,
    )
    access = await deps.access_tokens.issue(account.id, account.roles, now, session_id=session_id)
    return TokenPair(access.token, secret, access.expires_in)


async def end_session(
    uow: UsersUnitOfWork, deps: UseCaseDependencies, token: StoredRefreshToken, reason: SessionEnd
) -> None:
    """Revoke the token's family; SessionRevoked makes every service refuse its access tokens."""
    await uow.refresh_tokens.revoke_family(token.family_id)
    uow.publish(session_revoked(token.user_id, token.family_id, reason, deps.clock()))


async def end_all_sessions(
    uow: UsersUnitOfWork, deps: UseCaseDependencies, user_id: uuid.UUID, reason: SessionEnd
) -> None:
    """Revoke every refresh token of the person, announcing each session that was still live."""
    live = await uow.refresh_tokens.live_families_of(user_id)
    await uow.refresh_tokens.revoke_all_of(user_id)
    for family_id in live:
        uow.publish(session_revoked(user_id, family_id, reason, deps.clock()))
