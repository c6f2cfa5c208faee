"""What the account screens send and the states they offer (docs/api/users.graphql)."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.api.models import PreferredLanguage, Role

# Super admin is never self-assigned: it comes from the CLI or from Auth0.
SELF_SERVICE_ROLES = (Role.USER, Role.ORGANIZER, Role.STORE_OWNER)


@dataclass(frozen=True)
class State:
    code: str
    name: str
    name_te: str | None = None


@dataclass(frozen=True)
class RegistrationForm:
    name: str
    email: str
    phone: str
    password: str
    # None until the person says what they do (the form asks; the service is never sent a guess).
    role: Role | None = Role.USER
    # The language the person registers in becomes their preference (the service defaults to TE).
    language: PreferredLanguage | None = None


@dataclass(frozen=True)
class ProfileForm:
    """What the profile screen submits; empty strings mean "not given"."""

    business_name: str = ""
    gstin: str = ""
    state_code: str = ""
    address_line1: str = ""
    address_line2: str = ""
    address_city: str = ""
    address_district: str = ""
    pin_code: str = ""
    preferred_language: PreferredLanguage = PreferredLanguage.TE
    default_city: str = ""
    # The gazetteer place picked from the suggestions, while the box still shows it.
    default_place_id: str = ""
