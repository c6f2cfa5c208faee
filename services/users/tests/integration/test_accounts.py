"""Profiles and passwords through the service layer."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

import pytest
from servicekit.auth import Caller
from servicekit.errors import DomainError
from sqlalchemy import text
from users_service.bootstrap import UsersServices
from users_service.domain.address import Address
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.language import Language
from users_service.service_layer.accounts import change_password, get_user, me, update_profile
from users_service.service_layer.authentication import login, refresh
from users_service.service_layer.commands import (
    AddressInput,
    ChangePassword,
    LocationInput,
    Login,
    UpdateProfile,
)

from .scenarios import PASSWORD, caller_of, registered

HYDERABAD_ADDRESS = AddressInput(
    line1="8-2-293 Road 12",
    line2=None,
    city="Hyderabad",
    district="Hyderabad",
    pin_code="500034",
    state_code="36",
)


async def test_a_full_profile_is_saved_and_read_back(services: UsersServices) -> None:
    caller = caller_of((await registered(services)).user)
    await update_profile(
        UpdateProfile(
            caller=caller,
            name="Ravi K",
            phone="+91 90000 12345",
            business_name="Sri Sai Tents",
            gstin="36AABCT1332L1ZF",
            address=HYDERABAD_ADDRESS,
            preferred_language="en",
            default_location=LocationInput(city="hyderabad", latitude=None, longitude=None, timezone=None),
        ),
        services.deps,
    )

    account = await me(caller, services.deps)
    assert account is not None
    assert (account.name, account.phone) == ("Ravi K", "+919000012345")
    profile = account.profile
    assert (profile.business_name, profile.gstin, profile.state_code) == (
        "Sri Sai Tents",
        "36AABCT1332L1ZF",
        "36",
    )
    assert profile.address == Address("8-2-293 Road 12", None, "Hyderabad", "Hyderabad", "500034", "36")
    assert profile.preferred_language is Language.EN
    assert profile.default_location is not None
    assert (profile.default_location.city, profile.default_location.place_id) == ("Hyderabad", "hyderabad")
    assert await stored_location_city(services, account.id) == "hyderabad"


async def stored_location_city(services: UsersServices, user_id: uuid.UUID) -> str | None:
    async with services.deps.unit_of_work() as uow:
        rows = await uow.session.execute(
            text("SELECT location_city FROM profiles WHERE user_id = :id"), {"id": user_id}
        )
        return rows.scalar_one()  # type: ignore[no-any-return]


async def test_a_location_named_in_telugu_is_stored_by_its_gazetteer_id(services: UsersServices) -> None:
    caller = caller_of((await registered(services)).user)
    where = LocationInput(city="రాజమండ్రి", latitude=None, longitude=None, timezone=None)
    account = await update_profile(UpdateProfile(caller=caller, default_location=where), services.deps)
    assert account.profile.default_location is not None
    assert account.profile.default_location.city == "Rajamahendravaram"
    assert await stored_location_city(services, account.id) == "rajamahendravaram"


async def test_a_city_stored_by_its_english_name_before_the_gazetteer_still_reads(
    services: UsersServices,
) -> None:
    caller = caller_of((await registered(services)).user)
    where = LocationInput(city="Kakinada", latitude=None, longitude=None, timezone=None)
    account = await update_profile(UpdateProfile(caller=caller, default_location=where), services.deps)
    async with services.deps.unit_of_work() as uow:
        await uow.session.execute(
            text(
                "UPDATE profiles SET location_city = 'Rajahmundry', location_latitude = 17.0005"
                " WHERE user_id = :id"
            ),
            {"id": account.id},
        )
        await uow.commit()
    read = await me(caller, services.deps)
    assert read is not None
    location = read.profile.default_location
    assert location is not None
    assert (location.city, location.place_id, location.latitude) == (
        "Rajamahendravaram",
        "rajamahendravaram",
        17.0005,
    )


@pytest.mark.parametrize(
    ("change", "code", "field"),
    [
        ({"gstin": "36AABCT1332L1ZG"}, UsersErrorCode.INVALID_GSTIN, "gstin"),
        ({"state_code": "37", "gstin": "36AABCT1332L1ZF"}, UsersErrorCode.INVALID_GSTIN, "gstin"),
        ({"phone": "12345"}, UsersErrorCode.INVALID_PHONE, "phone"),
        ({"state_code": "99"}, UsersErrorCode.INVALID_STATE, "stateCode"),
        ({"preferred_language": "hi"}, UsersErrorCode.INVALID_LANGUAGE, "preferredLanguage"),
    ],
)
async def test_bad_profile_input_is_refused_with_its_code_and_nothing_changes(
    services: UsersServices, change: dict[str, Any], code: UsersErrorCode, field: str
) -> None:
    caller = caller_of((await registered(services)).user)
    command = replace(UpdateProfile(caller=caller, business_name="Kept?"), **change)
    with pytest.raises(UsersError) as raised:
        await update_profile(command, services.deps)
    assert (raised.value.code, raised.value.field) == (code, field)
    account = await me(caller, services.deps)
    assert account is not None
    assert account.profile.business_name is None


async def test_a_state_that_contradicts_the_saved_gstin_is_refused(services: UsersServices) -> None:
    caller = caller_of((await registered(services)).user)
    await update_profile(UpdateProfile(caller=caller, gstin="36AABCT1332L1ZF"), services.deps)
    with pytest.raises(UsersError) as raised:
        await update_profile(UpdateProfile(caller=caller, state_code="37"), services.deps)
    assert (raised.value.code, raised.value.field) == (UsersErrorCode.INVALID_STATE, "stateCode")
    account = await me(caller, services.deps)
    assert account is not None
    assert account.profile.state_code == "36"


async def test_changing_the_password_needs_the_current_one_and_ends_other_sessions(
    services: UsersServices,
) -> None:
    signed_in = await registered(services)
    caller = caller_of(signed_in.user)
    with pytest.raises(UsersError) as wrong:
        await change_password(ChangePassword(caller, "not-it-123", "papayas4sale"), services.deps)
    assert wrong.value.code == UsersErrorCode.WRONG_PASSWORD
    with pytest.raises(UsersError) as weak:
        await change_password(ChangePassword(caller, PASSWORD, "short1"), services.deps)
    assert weak.value.code == UsersErrorCode.WEAK_PASSWORD

    await change_password(ChangePassword(caller, PASSWORD, "papayas4sale"), services.deps)

    with pytest.raises(UsersError) as old_session:
        await refresh(signed_in.tokens.refresh_token, services.deps)
    assert old_session.value.code == UsersErrorCode.INVALID_REFRESH_TOKEN
    with pytest.raises(UsersError) as old_password:
        await login(Login(email="ravi@example.in", password=PASSWORD), services.deps)
    assert old_password.value.code == UsersErrorCode.INVALID_CREDENTIALS
    assert await login(Login(email="ravi@example.in", password="papayas4sale"), services.deps)


async def test_people_read_themselves_but_not_others(services: UsersServices) -> None:
    ravi = caller_of((await registered(services)).user)
    sita = (await registered(services, email="sita@example.in")).user
    assert await me(Caller(user_id=None), services.deps) is None
    assert ravi.user_id is not None
    assert await get_user(ravi, ravi.user_id, services.deps) is not None
    with pytest.raises(DomainError) as raised:
        await get_user(ravi, str(sita.id), services.deps)
    assert raised.value.code == "FORBIDDEN"
