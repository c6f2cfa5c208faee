"""The SMS senders: the gateway adapter against the local stand-in on loopback, the outbox folder,
and the settings that choose between them (production refuses the folder)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError
from structlog.testing import capture_logs
from users_service.adapters.sms import (
    HttpSmsGateway,
    OutboxFolderSms,
    OutgoingSms,
    SmsGatewayAccount,
    SmsNotSent,
)
from users_service.adapters.sms.testing import LocalSmsGateway
from users_service.settings import UsersSettings

SMS = OutgoingSms(
    to="+919848022338",
    text="482913 is your EventXperts sign-in code.",
    template_id="1207160000000000011",
    variables={"otp": "482913", "minutes": "5"},
    purpose="phone_sign_in",
)


@pytest.fixture(scope="module")
def gateway() -> Iterator[LocalSmsGateway]:
    with LocalSmsGateway.running() as running:
        yield running


def account(gateway: LocalSmsGateway, auth_key: str | None = None) -> SmsGatewayAccount:
    return SmsGatewayAccount(
        base_url=gateway.url,
        auth_key=SecretStr(auth_key or gateway.auth_key),
        sender_id="EVXPRT",
        dlt_entity_id="1201160000000000001",
    )


async def test_the_gateway_gets_the_number_template_entity_sender_and_variables(
    gateway: LocalSmsGateway,
) -> None:
    await HttpSmsGateway(account(gateway)).send(SMS)
    (received,) = gateway.wait_for("+919848022338")
    assert (received.template_id, received.entity_id, received.sender) == (
        "1207160000000000011",
        "1201160000000000001",
        "EVXPRT",
    )
    assert received.variables == {"otp": "482913", "minutes": "5"}


async def test_a_refusal_or_a_wrong_key_is_sms_not_sent_without_the_number_or_code(
    gateway: LocalSmsGateway,
) -> None:
    with pytest.raises(SmsNotSent) as wrong_key:
        await HttpSmsGateway(account(gateway, auth_key="not-the-key")).send(SMS)
    gateway.set_failing(True)
    try:
        with pytest.raises(SmsNotSent) as refused:
            await HttpSmsGateway(account(gateway)).send(SMS)
    finally:
        gateway.set_failing(False)
    for error in (wrong_key.value, refused.value):
        assert "9848022338" not in str(error)
        assert "482913" not in str(error)
    assert "482913" not in repr(SMS)
    assert "9848022338" not in repr(SMS)


async def test_an_unreachable_gateway_is_sms_not_sent() -> None:
    unreachable = SmsGatewayAccount("http://127.0.0.1:9", SecretStr("k"), "EVXPRT", "1", timeout_seconds=2)
    with pytest.raises(SmsNotSent):
        await HttpSmsGateway(unreachable).send(SMS)


async def test_the_outbox_folder_keeps_each_message_readable_by_its_owner_only(tmp_path: Path) -> None:
    outbox = OutboxFolderSms(tmp_path / "sms", "EVXPRT")
    with capture_logs() as logs:
        await outbox.send(SMS)
    (written,) = (tmp_path / "sms").glob("*.json")
    assert written.stat().st_mode & 0o777 == 0o600
    assert json.loads(written.read_text())["variables"]["otp"] == "482913"
    assert outbox.messages()[0]["to"] == "+919848022338"
    assert "482913" not in repr(logs)
    assert "9848022338" not in repr(logs)


def test_without_a_gateway_development_uses_the_outbox_folder_and_production_refuses_to_start(
    tmp_path: Path,
) -> None:
    development = UsersSettings.model_validate({"environment": "development", "data_dir": tmp_path})
    assert development.sms_gateway_account() is None
    production: dict[str, object] = {
        "environment": "production",
        "secret_key": "s" * 40,
        "gateway_secrets": "g" * 40,
        "smtp_host": "smtp.example.in",
    }
    with pytest.raises(ValidationError, match="SMS_GATEWAY_URL"):
        UsersSettings.model_validate(production)
    gateway = {
        "sms_gateway_url": "https://control.msg91.com",
        "sms_auth_key": "key",
        "sms_dlt_entity_id": "1201160000000000001",
        "sms_dlt_template_id": "1207160000000000011",
    }
    assert UsersSettings.model_validate(production | gateway).sms_gateway_account() is not None
