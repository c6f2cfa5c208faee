"""The phone sign-in screen against a held stand-in gateway over real HTTP: the number, the code, the
name a new number is asked for, the resend countdown, and both languages."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from eventxperts_app.features.account.phone_sign_in_screen import RESEND_AFTER_SECONDS, PhoneSignInScreen
from eventxperts_app.i18n import Language
from eventxperts_app.ui import routes
from eventxperts_app.ui.app_context import AppContext

from ...conftest import Navigation, app_context
from ...held_gateway import HeldGateway
from ...languages import switch
from ...payloads import user_json
from ...texts import EN, te


@pytest.fixture
async def gateway() -> AsyncIterator[HeldGateway]:
    held = HeldGateway()
    await held.start()
    yield held
    await held.stop()


@pytest.fixture
def held_ctx(gateway: HeldGateway, navigation: Navigation) -> AppContext:
    return app_context(gateway.url, navigation)


class Ticks:
    """The countdown's sleep, released by the test one second at a time."""

    def __init__(self) -> None:
        self.waiting: asyncio.Queue[asyncio.Future[None]] = asyncio.Queue()

    async def __call__(self, _seconds: float) -> None:
        released: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        await self.waiting.put(released)
        await released

    async def release(self) -> None:
        (await self.waiting.get()).set_result(None)


def signed_in(name: str = "Lakshmi Devi") -> dict[str, object]:
    user = user_json(name=name)
    tokens = {"accessToken": "a", "refreshToken": "r", "expiresIn": 900, "tokenType": "Bearer"}
    return {"signInWithPhone": {"user": user, "tokens": tokens, "errors": []}}


async def test_a_new_number_gets_a_code_then_a_name_box_and_signs_up_with_the_same_code(
    held_ctx: AppContext, gateway: HeldGateway, navigation: Navigation
) -> None:
    screen = PhoneSignInScreen(held_ctx, sleep=Ticks())
    assert not screen.second_step.visible
    screen.phone.value = "98480 22338"
    asking = asyncio.create_task(screen._send_code())
    request = await gateway.requests.get()
    assert request.variables == {"phone": "98480 22338", "language": "EN"}
    request.answer({"requestPhoneCode": {"ok": True, "errors": []}})
    await asking
    assert screen.second_step.visible
    assert (screen.resend.disabled, screen.resend.content) == (
        True,
        f"Send a new code in {RESEND_AFTER_SECONDS} s",
    )

    screen.code.value = "482913"
    trying = asyncio.create_task(screen._sign_in())
    request = await gateway.requests.get()
    assert request.variables == {"input": {"phone": "98480 22338", "code": "482913"}}
    needs_name = {"code": "NAME_REQUIRED", "field": "name", "message": "", "reason": None}
    request.answer({"signInWithPhone": {"user": None, "tokens": None, "errors": [needs_name]}})
    await trying
    assert screen.name.visible
    assert screen.name.error == EN.error("NAME_REQUIRED")

    screen.name.value = "Lakshmi Devi"
    trying = asyncio.create_task(screen._sign_in())
    request = await gateway.requests.get()
    assert request.variables["input"] == {
        "phone": "98480 22338",
        "code": "482913",
        "name": "Lakshmi Devi",
        "preferredLanguage": "EN",
    }
    request.answer(signed_in())
    await trying
    assert navigation.routes[-1] == routes.HOME
    assert held_ctx.auth.signed_in


async def test_a_new_code_may_be_asked_for_once_the_countdown_ends_in_either_language(
    held_ctx: AppContext, gateway: HeldGateway
) -> None:
    ticks = Ticks()
    screen = PhoneSignInScreen(held_ctx, sleep=ticks)
    screen.phone.value = "+919848022338"
    asking = asyncio.create_task(screen._send_code())
    (await gateway.requests.get()).answer({"requestPhoneCode": {"ok": True, "errors": []}})
    await asking
    switch(held_ctx, screen, Language.TE)
    assert screen.resend.content == te("Send a new code in {seconds} s").format(seconds=RESEND_AFTER_SECONDS)
    await ticks.release()
    await asyncio.sleep(0)
    assert screen.seconds_left == RESEND_AFTER_SECONDS - 1
    await screen._send_again()  # too early: nothing is sent
    assert gateway.requests.empty()

    for _ in range(RESEND_AFTER_SECONDS - 1):
        await ticks.release()
    assert screen._countdown is not None
    await screen._countdown
    assert (screen.resend.disabled, screen.resend.content) == (False, te("Send a new code"))
    again = asyncio.create_task(screen._send_again())
    request = await gateway.requests.get()
    assert request.variables == {"phone": "+919848022338", "language": "TE"}
    request.answer({"requestPhoneCode": {"ok": True, "errors": []}})
    await again
    assert screen.resend.disabled


async def test_a_wrong_code_is_shown_next_to_the_code_box(held_ctx: AppContext, gateway: HeldGateway) -> None:
    screen = PhoneSignInScreen(held_ctx, sleep=Ticks())
    screen.phone.value, screen.code.value = "9848022338", "000000"
    screen.second_step.visible = True
    trying = asyncio.create_task(screen._sign_in())
    wrong = {"code": "PHONE_CODE_INVALID", "field": "code", "message": "", "reason": None}
    (await gateway.requests.get()).answer(
        {"signInWithPhone": {"user": None, "tokens": None, "errors": [wrong]}}
    )
    await trying
    assert screen.code.error == EN.error("PHONE_CODE_INVALID")
    assert not screen.name.visible


async def test_an_empty_number_is_required_before_anything_is_sent(ctx: AppContext) -> None:
    screen = PhoneSignInScreen(ctx)
    await screen._send_code()
    assert screen.phone.error == "Required"
