"""Development's outbox folder, and which mailer the settings choose."""

from __future__ import annotations

import stat
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from mail import MailSettings, OutboxFolderMailer, OutgoingMail, SmtpMailer, mailer_from_settings


async def test_each_message_is_one_whole_eml_file_only_its_owner_can_read(tmp_path: Path) -> None:
    mailer = OutboxFolderMailer(tmp_path / "mail", "EventXperts <no-reply@x.in>")
    await mailer.send(OutgoingMail("sita@example.in", "Your code", "Code: 12345678\n", "password_reset"))
    await mailer.send(OutgoingMail("ravi@example.in", "Your code", "Code: 87654321\n", "password_reset"))
    first, second = mailer.messages()
    assert sorted(p.name for p in (tmp_path / "mail").iterdir()) == [first.name, second.name]
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    message = message_from_bytes(first.read_bytes(), policy=policy.default)
    assert message["To"] == "sita@example.in"
    assert "12345678" in message.get_body().get_content()  # type: ignore[union-attr]


def test_without_smtp_host_mail_goes_to_the_data_directory(tmp_path: Path) -> None:
    mailer = mailer_from_settings(MailSettings(), data_dir=tmp_path)
    assert isinstance(mailer, OutboxFolderMailer)
    assert mailer.directory == tmp_path / "mail"


def test_with_smtp_host_mail_goes_to_the_server(tmp_path: Path) -> None:
    settings = MailSettings(smtp_host="smtp.example.in", smtp_port=465, smtp_security="tls")
    assert isinstance(mailer_from_settings(settings, data_dir=tmp_path), SmtpMailer)


def test_smtp_is_required_when_asked_for() -> None:
    with pytest.raises(ValueError, match="SMTP_HOST"):
        MailSettings().require_smtp()
    MailSettings(smtp_host="smtp.example.in").require_smtp()


def test_the_smtp_password_never_shows_in_the_settings_repr() -> None:
    settings = MailSettings(smtp_host="smtp.example.in", smtp_password="hunter2-secret")
    assert "hunter2-secret" not in repr(settings)
    assert "hunter2-secret" not in repr(settings.smtp_server())
