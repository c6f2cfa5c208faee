"""The gallery's policy as a matrix: every operation x every role x owner / someone else, and who may
view an album under each visibility, with or without its code."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from gallery_service.domain.album import Album, Visibility
from gallery_service.domain.errors import GalleryError
from gallery_service.service_layer.authorization import Operation, authorize, authorize_view
from servicekit.auth import Caller, Role
from servicekit.errors import DomainError, Forbidden, NotAuthenticated

OWNER = str(uuid.uuid4())
NOW = datetime(2026, 12, 12, 10, 0, tzinfo=UTC)
ROLES = {
    "guest": None,
    "user": {Role.USER},
    "organizer": {Role.USER, Role.ORGANIZER},
    "store_owner": {Role.USER, Role.STORE_OWNER},
    "super_admin": {Role.USER, Role.SUPER_ADMIN},
}


def caller(role: str, *, owner: bool) -> Caller:
    roles = ROLES[role]
    if roles is None:
        return Caller(user_id=None)
    return Caller(user_id=OWNER if owner else str(uuid.uuid4()), roles=frozenset(roles))


def expected(role: str, owner: bool) -> type[DomainError] | None:
    if role == "guest":
        return NotAuthenticated
    if role == "super_admin" or (role == "organizer" and owner):
        return None
    return Forbidden


@pytest.mark.parametrize("operation", list(Operation))
@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("owner", [True, False], ids=["owner", "not-owner"])
def test_only_the_owning_organizer_and_super_admins_manage(
    operation: Operation, role: str, owner: bool
) -> None:
    who = caller(role, owner=owner)
    refusal = expected(role, owner)
    if refusal is None:
        assert authorize(who, operation, owner_id=OWNER) == who.user_id
    else:
        with pytest.raises(refusal):
            authorize(who, operation, owner_id=OWNER)


def album(visibility: Visibility, *, expires: datetime | None = None) -> Album:
    return Album(
        id=uuid.uuid4(),
        organizer_id=uuid.UUID(OWNER),
        title_en="Wedding",
        title_te="పెళ్లి",
        event_date=None,
        venue=None,
        booking_id=None,
        cover_photo_id=None,
        position=0,
        visibility=visibility,
        share_code="the-code" if visibility is Visibility.LINK else None,
        share_expires_at=expires,
        face_search_enabled=True,
        keep_gps=False,
        offered=False,
        created_at=NOW,
        updated_at=NOW,
    )


VIEWS = [
    # (visibility, code given, expires in, who may see: set of roles; owner organizer and admin always)
    (Visibility.PUBLIC, None, None, {"guest", "user", "organizer", "store_owner", "super_admin"}),
    (Visibility.PRIVATE, None, None, {"super_admin"}),
    (Visibility.PRIVATE, "the-code", None, {"super_admin"}),
    (Visibility.LINK, None, None, {"super_admin"}),
    (Visibility.LINK, "wrong", None, {"super_admin"}),
    (Visibility.LINK, "the-code", None, {"guest", "user", "organizer", "store_owner", "super_admin"}),
    (
        Visibility.LINK,
        "the-code",
        timedelta(hours=1),
        {"guest", "user", "organizer", "store_owner", "super_admin"},
    ),
]


@pytest.mark.parametrize(("visibility", "code", "expires_in", "allowed"), VIEWS)
@pytest.mark.parametrize("role", list(ROLES))
def test_viewing_follows_visibility_and_the_share_code(
    visibility: Visibility, code: str | None, expires_in: timedelta | None, allowed: set[str], role: str
) -> None:
    the_album = album(visibility, expires=NOW + expires_in if expires_in else None)
    for owner in (False, True):
        who = caller(role, owner=owner)
        may = role in allowed or (owner and role == "organizer")
        if may:
            authorize_view(who, the_album, share_code=code, now=NOW)
        else:
            with pytest.raises(GalleryError) as refused:
                authorize_view(who, the_album, share_code=code, now=NOW)
            assert refused.value.code == "NOT_FOUND"


def test_a_right_code_past_its_expiry_is_link_expired_for_guests() -> None:
    expired = album(Visibility.LINK, expires=NOW - timedelta(minutes=1))
    with pytest.raises(GalleryError) as refused:
        authorize_view(caller("guest", owner=False), expired, share_code="the-code", now=NOW)
    assert refused.value.code == "LINK_EXPIRED"
    authorize_view(caller("organizer", owner=True), expired, share_code=None, now=NOW)
