from datetime import UTC, datetime
from uuid import uuid4

import pytest
from contracts.catalog import contract_for
from contracts.users import (
    SESSION_REVOKED,
    SessionRevokedV1,
    UserDeactivatedV1,
    UserRegisteredV1,
    UserRolesChangedV1,
)
from pydantic import ValidationError

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_a_registered_event_survives_a_json_round_trip() -> None:
    event = UserRegisteredV1(
        user_id=uuid4(),
        occurred_at=NOW,
        name="రవి",
        roles=["user", "organizer"],
        preferred_language="te",
    )
    assert UserRegisteredV1.model_validate_json(event.model_dump_json()) == event


def test_unknown_roles_and_unknown_fields_are_refused() -> None:
    with pytest.raises(ValidationError):
        UserRolesChangedV1(
            user_id=uuid4(),
            occurred_at=NOW,
            roles=["root"],
            granted=[],
            revoked=[],
            changed_by=None,
        )
    with pytest.raises(ValidationError):
        UserDeactivatedV1.model_validate(
            {
                "user_id": str(uuid4()),
                "occurred_at": NOW.isoformat(),
                "deactivated_by": None,
                "email": "leak@example.in",
            }
        )


def test_a_revoked_session_travels_on_the_session_topic_with_a_known_reason() -> None:
    assert contract_for(SESSION_REVOKED, 1).topic == "users.session.v1"
    event = SessionRevokedV1(user_id=uuid4(), session_id=uuid4(), occurred_at=NOW, reason="logout")
    assert SessionRevokedV1.model_validate_json(event.model_dump_json()) == event
    with pytest.raises(ValidationError):
        SessionRevokedV1(user_id=uuid4(), session_id=uuid4(), occurred_at=NOW, reason="forgotten")
