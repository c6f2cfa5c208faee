"""What each role is called on screen."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.api.models import Role
from eventxperts_app.i18n import N_, Msgid

ROLE_NAMES = MappingProxyType(
    {
        Role.USER: N_("User"),
        Role.ORGANIZER: N_("Event organizer"),
        Role.STORE_OWNER: N_("Store owner"),
        Role.SUPER_ADMIN: N_("Super admin"),
    }
)


def role_name(role: Role) -> Msgid:
    return ROLE_NAMES[role]
