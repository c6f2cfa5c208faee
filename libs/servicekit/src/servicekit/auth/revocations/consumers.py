"""servicekit's own consumers in every service: the users service's events that make access tokens
unacceptable before they expire, kept in the service's `token_revocations` table.

A role change, a deactivation or an erasure revokes the subject's tokens issued until then; a
revoked session (sign-out, a reused refresh token, a password change) revokes that session's tokens.
"""

from __future__ import annotations

from datetime import timedelta

from contracts.users import (
    SESSION_REVOKED,
    USER_DEACTIVATED,
    USER_ERASED,
    USER_ROLES_CHANGED,
    SessionRevokedV1,
    UserDeactivatedV1,
    UserErasedV1,
    UserRolesChangedV1,
)
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.auth.revocations.store import Revocation, record_revocation
from servicekit.auth.revocations.tables import Scope
from servicekit.consumers.registry import Handler, HandlerRegistry
from servicekit.events import Envelope
from servicekit.settings import ServiceSettings

SubjectEvent = type[UserRolesChangedV1] | type[UserDeactivatedV1] | type[UserErasedV1]

SUBJECT_EVENTS: dict[str, SubjectEvent] = {
    USER_ROLES_CHANGED: UserRolesChangedV1,
    USER_DEACTIVATED: UserDeactivatedV1,
    USER_ERASED: UserErasedV1,
}


def revocation_consumers(horizon: timedelta) -> HandlerRegistry:
    """The handlers that keep the revocation read model; revocations older than `horizon` go."""
    registry = HandlerRegistry()
    for event_type, model in SUBJECT_EVENTS.items():
        registry.register(event_type, 1, _subject_revoked(model, horizon))
    registry.register(SESSION_REVOKED, 1, _session_revoked(horizon))
    return registry


def with_revocation_consumers(own: HandlerRegistry | None, settings: ServiceSettings) -> HandlerRegistry:
    """The service's own consumers and servicekit's revocation consumers, as one registry."""
    horizon = timedelta(seconds=settings.token_revocation_horizon_seconds)
    revocations = revocation_consumers(horizon)
    return revocations if own is None else revocations.merged_with(own)


def _subject_revoked(model: SubjectEvent, horizon: timedelta) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        event = model.model_validate(envelope.payload)
        revocation = Revocation(Scope.SUBJECT, str(event.user_id), event.occurred_at)
        await record_revocation(session, revocation, horizon=horizon)

    return handle


def _session_revoked(horizon: timedelta) -> Handler:
    async def handle(session: AsyncSession, envelope: Envelope) -> None:
        event = SessionRevokedV1.model_validate(envelope.payload)
        revocation = Revocation(Scope.SESSION, str(event.session_id), event.occurred_at)
        await record_revocation(session, revocation, horizon=horizon)

    return handle
