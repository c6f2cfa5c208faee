"""Sign-in (and sign-up) by a code texted to a phone, on real PostgreSQL, with the codes read from the
SMS gateway's local stand-in on loopback (docs/decisions/0041)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from structlog.testing import capture_logs
from users_service.adapters.sms.testing import LocalSmsGateway
from users_service.bootstrap import UsersServices
from users_service.domain.errors import UsersError
from users_service.domain.lockout import RatePolicy
from users_service.domain.phone_codes import PhoneCodePolicy
from users_service.service_layer.accounts import update_profile
from users_service.service_layer.administration import deactivate_user
from users_service.service_layer.authentication import login
from users_service.service_layer.commands import Login, SetActive, SignInWithPhone, UpdateProfile
from users_service.service_layer.erasure import erase_user
from users_service.service_layer.phone_sign_in import sign_in_with_phone
from users_service.service_layer.results import SignedIn

from ..stepping_clock import SteppingClock
from .phone_scenarios import ask_for_phone_code, signed_up_by_phone, texted_code, unique_phone
from .probing_hasher import ProbingHasher
from .scenarios import caller_of, registered, super_admin

HOUR = timedelta(hours=1)


async def sign_in(services: UsersServices, phone: str, code: str, name: str | None = None) -> SignedIn:
    return await sign_in_with_phone(SignInWithPhone(phone, code, name=name), services.deps)


async def refused(services: UsersServices, phone: str, code: str, name: str | None = None) -> str:
    with pytest.raises(UsersError) as error:
        await sign_in(services, phone, code, name)
    return error.value.code


async def test_a_new_phone_signs_up_with_its_code_and_a_name_and_signs_in_again_with_the_next(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    code = await texted_code(texting_services, sms_gateway, phone)
    assert len(code) == 6
    assert code.isdigit()

    assert await refused(texting_services, phone, code) == "NAME_REQUIRED"  # the code stays
    made = await sign_in(texting_services, phone, code, name="Lakshmi Devi")
    assert (made.user.phone, made.user.name) == (phone, "Lakshmi Devi")
    assert made.user.phone_verified_at is not None
    assert made.user.email.endswith("@phone.invalid")

    again = await sign_in(texting_services, phone, await texted_code(texting_services, sms_gateway, phone))
    assert again.user.id == made.user.id


async def test_the_sms_carries_the_dlt_ids_and_the_code_in_the_language_asked(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    await ask_for_phone_code(texting_services, phone, language="te")
    (sms,) = sms_gateway.wait_for(phone)
    assert (sms.template_id, sms.entity_id, sms.sender) == (
        "1207160000000000022",
        "1201160000000000001",
        "EVXPRT",
    )
    assert sms.variables["minutes"] == "5"


async def test_an_account_whose_phone_is_not_proven_is_not_signed_in_by_it(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    """A phone typed at registration was never proven: its owner signs up anew, not into that account."""
    by_email = await registered(texting_services, email="typed-phone@example.in")
    phone = by_email.user.phone
    code = await texted_code(texting_services, sms_gateway, phone)
    made = await sign_in(texting_services, phone, code, name="Someone Else")
    assert made.user.id != by_email.user.id


async def test_a_wrong_code_spends_a_try_and_five_use_the_code_up(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    code = await texted_code(texting_services, sms_gateway, phone)
    wrong = "000000" if code != "000000" else "111111"
    assert [await refused(texting_services, phone, wrong) for _ in range(5)] == ["PHONE_CODE_INVALID"] * 5
    assert await refused(texting_services, phone, code, name="Late Comer") == "PHONE_CODE_USED_UP"


async def test_a_code_lapses_after_five_minutes_and_works_once(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway, clock: SteppingClock
) -> None:
    phone = unique_phone()
    code = await texted_code(texting_services, sms_gateway, phone)
    await sign_in(texting_services, phone, code, name="Once Only")
    assert await refused(texting_services, phone, code) == "PHONE_CODE_INVALID"

    code = await texted_code(texting_services, sms_gateway, phone)
    clock.advance(timedelta(minutes=5))
    assert await refused(texting_services, phone, code) == "PHONE_CODE_EXPIRED"


async def test_an_unknown_phone_gets_the_same_answer_and_the_same_work_as_a_known_one(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    known = unique_phone()
    await signed_up_by_phone(texting_services, sms_gateway, known)
    hasher = ProbingHasher(texting_services.deps.hasher)
    watched = dataclasses.replace(
        texting_services, deps=dataclasses.replace(texting_services.deps, hasher=hasher)
    )

    await ask_for_phone_code(watched, known)
    known_runs, hasher.runs = hasher.runs, 0
    await ask_for_phone_code(watched, unique_phone())

    assert (known_runs, hasher.runs) == (1, 1)


async def test_codes_asked_for_are_limited_per_phone_and_per_client_address(
    texting_services: UsersServices,
) -> None:
    policy = PhoneCodePolicy(per_phone=RatePolicy(2, HOUR), per_address=RatePolicy(3, HOUR))
    limited = dataclasses.replace(
        texting_services, deps=dataclasses.replace(texting_services.deps, phone_codes=policy)
    )
    phone = unique_phone()
    for _ in range(2):
        await ask_for_phone_code(limited, phone, client_address="198.51.100.1")
    with pytest.raises(UsersError) as per_phone:
        await ask_for_phone_code(limited, phone, client_address="198.51.100.2")
    assert (per_phone.value.code, per_phone.value.field) == ("PHONE_CODE_REQUESTS_LIMITED", "phone")

    await ask_for_phone_code(limited, unique_phone(), client_address="198.51.100.1")
    with pytest.raises(UsersError) as per_address:
        await ask_for_phone_code(limited, unique_phone(), client_address="198.51.100.1")
    assert per_address.value.code == "PHONE_CODE_REQUESTS_LIMITED"


async def test_a_deactivated_account_is_not_signed_in_by_its_phone(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    made = await signed_up_by_phone(texting_services, sms_gateway, phone)
    admin = await super_admin(texting_services)
    await deactivate_user(SetActive(admin, str(made.user.id)), texting_services.deps)
    code = await texted_code(texting_services, sms_gateway, phone)
    assert await refused(texting_services, phone, code) == "ACCOUNT_DEACTIVATED"


async def test_changing_the_phone_in_the_profile_unproves_it(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone, other = unique_phone(), unique_phone()
    made = await signed_up_by_phone(texting_services, sms_gateway, phone)
    changed = await update_profile(UpdateProfile(caller_of(made.user), phone=other), texting_services.deps)
    assert changed.phone_verified_at is None
    code = await texted_code(texting_services, sms_gateway, other)
    assert await refused(texting_services, other, code) == "NAME_REQUIRED"  # not the old account


async def test_a_phone_account_has_no_password_to_sign_in_with(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    made = await signed_up_by_phone(texting_services, sms_gateway, unique_phone())
    with pytest.raises(UsersError) as error:
        await login(Login(made.user.email, ""), texting_services.deps)
    assert error.value.code == "INVALID_CREDENTIALS"


async def test_no_phone_number_or_code_is_logged(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    with capture_logs() as logs:
        code = await texted_code(texting_services, sms_gateway, phone)
        await refused(texting_services, phone, "999999" if code != "999999" else "888888")
        await sign_in(texting_services, phone, code, name="Quiet Person")
    printed = repr(logs)
    assert phone not in printed
    assert phone.removeprefix("+") not in printed
    assert code not in printed
    assert {"phone_code_requested", "phone_code_wrong", "phone_sign_in"} <= {e["event"] for e in logs}


async def test_an_erased_phone_account_frees_the_number_for_a_new_account(
    texting_services: UsersServices, sms_gateway: LocalSmsGateway
) -> None:
    phone = unique_phone()
    made = await signed_up_by_phone(texting_services, sms_gateway, phone)
    admin = await super_admin(texting_services)
    await erase_user(SetActive(admin, str(made.user.id)), texting_services.deps)
    again = await signed_up_by_phone(texting_services, sms_gateway, phone, name="Next Owner")
    assert again.user.id != made.user.id
