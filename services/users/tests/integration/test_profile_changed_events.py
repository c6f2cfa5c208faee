"""users.user.profile_changed: one event per profile update that changes a fact other services keep,
carrying every fact as it now is; none when nothing they keep changed."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from contracts.catalog import parse_payload
from contracts.users import USER_PROFILE_CHANGED, UserProfileChangedV1
from servicekit.auth import Caller
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.service_layer.accounts import update_profile
from users_service.service_layer.commands import AddressInput, LocationInput, UpdateProfile

from .scenarios import caller_of, registered, unique_email

WARANGAL_ADDRESS = AddressInput(
    line1="2-5-10 Station Road",
    line2=None,
    city="Warangal",
    district="Warangal",
    pin_code="506 002",
    state_code="36",
)


def _place(name: str) -> LocationInput:
    return LocationInput(city=name, latitude=None, longitude=None, timezone=None)


async def _profile_events(
    engine_or_services: UsersServices | AsyncEngine, key: str
) -> list[UserProfileChangedV1]:
    sql = text("SELECT envelope FROM outbox WHERE key = :key AND type = :type ORDER BY position")
    values = {"key": key, "type": USER_PROFILE_CHANGED}
    if isinstance(engine_or_services, UsersServices):
        async with engine_or_services.deps.unit_of_work() as uow:
            envelopes: list[Any] = [row[0] for row in await uow.session.execute(sql, values)]
    else:
        async with engine_or_services.connect() as connection:
            envelopes = [row[0] for row in await connection.execute(sql, values)]
    return [_payload(envelope) for envelope in envelopes]


def _payload(envelope: dict[str, Any]) -> UserProfileChangedV1:
    assert (envelope["type"], envelope["version"]) == (USER_PROFILE_CHANGED, 1)
    payload = parse_payload(envelope["type"], envelope["version"], envelope["payload"])
    assert isinstance(payload, UserProfileChangedV1)
    return payload


async def _organizer(services: UsersServices) -> tuple[Caller, str]:
    account = (await registered(services)).user
    return caller_of(account), str(account.id)


async def test_a_profile_update_records_exactly_one_event_with_the_new_facts(services: UsersServices) -> None:
    caller, key = await _organizer(services)
    await update_profile(
        UpdateProfile(
            caller=caller,
            business_name="Sri Sai Tents",
            gstin="36aabct1332l1zf",
            address=WARANGAL_ADDRESS,
            default_location=_place("Hanamkonda"),
        ),
        services.deps,
    )

    [event] = await _profile_events(services, key)
    assert event.changed == ["business_name", "gstin", "state_code", "address", "default_location"]
    assert (event.name, event.preferred_language) == ("Ravi Kumar", "te")
    # The GSTIN named the state, so the profile took it (profile_changes._with_gstin).
    assert (event.business_name, event.gstin, event.state_code) == ("Sri Sai Tents", "36AABCT1332L1ZF", "36")
    assert event.address is not None
    assert (event.address.pin_code, event.address.state_code, event.address.line2) == ("506002", "36", None)
    assert event.default_location is not None
    assert (event.default_location.place_id, event.default_location.name) == ("hanamkonda", "Hanamkonda")
    assert event.default_location.timezone == "Asia/Kolkata"
    assert str(event.user_id) == key


async def test_saving_the_same_facts_again_records_no_event(services: UsersServices) -> None:
    caller, key = await _organizer(services)
    first = UpdateProfile(caller=caller, business_name="Sri Sai Tents", default_location=_place("Warangal"))
    await update_profile(first, services.deps)
    # The same again, the place by its Telugu name, and the language the person already has.
    again = UpdateProfile(
        caller=caller,
        business_name=" Sri Sai Tents ",
        default_location=_place("వరంగల్"),
        preferred_language="te",
    )
    await update_profile(again, services.deps)

    assert len(await _profile_events(services, key)) == 1


async def test_a_change_of_the_phone_alone_records_no_event(services: UsersServices) -> None:
    caller, key = await _organizer(services)
    await update_profile(UpdateProfile(caller=caller, phone="+91 90000 12345"), services.deps)
    assert await _profile_events(services, key) == []


async def test_each_change_names_only_what_changed_and_carries_the_rest_as_it_is(
    services: UsersServices,
) -> None:
    caller, key = await _organizer(services)
    await update_profile(UpdateProfile(caller=caller, business_name="Sri Sai Tents"), services.deps)
    await update_profile(UpdateProfile(caller=caller, name="Ravi K", preferred_language="en"), services.deps)
    await update_profile(UpdateProfile(caller=caller, business_name=""), services.deps)
    point = LocationInput(city="Our godown", latitude=17.05, longitude=79.27, timezone=None)
    await update_profile(UpdateProfile(caller=caller, default_location=point), services.deps)

    events = await _profile_events(services, key)
    assert [e.changed for e in events] == [
        ["business_name"],
        ["name", "preferred_language"],
        ["business_name"],
        ["default_location"],
    ]
    assert [e.business_name for e in events] == ["Sri Sai Tents", "Sri Sai Tents", None, None]
    assert [e.name for e in events] == ["Ravi Kumar", "Ravi K", "Ravi K", "Ravi K"]
    location = events[-1].default_location
    assert location is not None
    assert (location.place_id, location.name, location.latitude, location.longitude) == (
        None,
        "Our godown",
        17.05,
        79.27,
    )


async def test_a_refused_update_records_no_event(services: UsersServices) -> None:
    caller, key = await _organizer(services)
    with pytest.raises(UsersError) as refused:
        await update_profile(
            UpdateProfile(caller=caller, business_name="Sri Sai Tents", gstin="36AABCT1332L1ZA"),
            services.deps,
        )
    assert refused.value.code == UsersErrorCode.INVALID_GSTIN
    assert await _profile_events(services, key) == []


async def test_updates_racing_on_one_profile_each_record_the_facts_as_their_commit_left_them(
    committing_services: UsersServices, service_engine: AsyncEngine
) -> None:
    """The profile row is locked for the update, so concurrent updates commit one after the other and
    the last event holds every change; without the lock an event could carry a stale fact."""
    deps = committing_services.deps
    account = (await registered(committing_services, email=unique_email("race"))).user
    caller, key = caller_of(account), str(account.id)
    updates = [
        UpdateProfile(caller=caller, business_name="Sri Sai Tents"),
        UpdateProfile(caller=caller, gstin="36AABCT1332L1ZF"),
        UpdateProfile(caller=caller, address=WARANGAL_ADDRESS),
        UpdateProfile(caller=caller, default_location=_place("Warangal")),
        UpdateProfile(caller=caller, preferred_language="en"),
    ]
    await asyncio.gather(*(update_profile(update, deps) for update in updates))

    events = await _profile_events(service_engine, key)
    assert len(events) == len(updates)
    assert sorted(fact for event in events for fact in event.changed) == sorted(
        ["business_name", "gstin", "state_code", "address", "default_location", "preferred_language"]
    )
    last = events[-1]
    assert (last.business_name, last.gstin, last.preferred_language) == (
        "Sri Sai Tents",
        "36AABCT1332L1ZF",
        "en",
    )
    assert last.address is not None
    assert last.default_location is not None
