from datetime import UTC, datetime
from uuid import uuid4

import pytest
from contracts.catalog import contract_for
from contracts.users import (
    SESSION_REVOKED,
    USER_PROFILE_CHANGED,
    SessionRevokedV1,
    UserDeactivatedV1,
    UserProfileChangedV1,
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


def _profile_changed(**overrides: object) -> dict[str, object]:
    payload: dict[str, object] = {
        "user_id": str(uuid4()),
        "occurred_at": NOW.isoformat(),
        "changed": ["gstin", "state_code"],
        "name": "Lakshmi",
        "preferred_language": "te",
        "business_name": "Lakshmi Decorators",
        "gstin": "36AABCT1332L1ZF",
        "state_code": "36",
        "address": {
            "line1": "12-2-34 Tolichowki",
            "line2": None,
            "city": "Hyderabad",
            "district": "Hyderabad",
            "pin_code": "500008",
            "state_code": "36",
        },
        "default_location": {
            "place_id": "hyderabad",
            "name": "Hyderabad",
            "latitude": 17.38,
            "longitude": 78.47,
            "timezone": "Asia/Kolkata",
        },
    }
    return payload | overrides


def test_a_profile_change_travels_on_the_user_topic_and_survives_a_json_round_trip() -> None:
    assert contract_for(USER_PROFILE_CHANGED, 1).topic == "users.user.v1"
    event = UserProfileChangedV1.model_validate(_profile_changed())
    assert UserProfileChangedV1.model_validate_json(event.model_dump_json()) == event
    assert event.default_location is not None
    assert event.default_location.place_id == "hyderabad"


def test_a_profile_change_with_nothing_set_yet_is_valid() -> None:
    event = UserProfileChangedV1.model_validate(
        _profile_changed(
            changed=["name"],
            business_name=None,
            gstin=None,
            state_code=None,
            address=None,
            default_location=None,
        )
    )
    assert event.address is None


@pytest.mark.parametrize(
    "overrides",
    [
        {"changed": ["phone"]},  # not a fact this event carries
        {"preferred_language": "hi"},
        {
            "address": {"line1": "x", "city": "y", "pin_code": "500008", "state_code": "36"}
        },  # nulls must be said
        {"default_location": {"place_id": None, "name": None, "timezone": "Asia/Kolkata"}},  # no coordinates
        {"email": "leak@example.in"},
    ],
    ids=["unknown-fact", "language", "address-missing-fields", "location-without-point", "extra-field"],
)
def test_a_profile_change_off_its_contract_is_refused(overrides: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        UserProfileChangedV1.model_validate(_profile_changed(**overrides))
