"""Mail settings (environment variables SMTP_* and MAIL_*), and the mailer they describe."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from mail.mailer import Mailer
from mail.outbox_folder import OutboxFolderMailer
from mail.smtp import Security, SmtpMailer, SmtpServer


class MailSettings(BaseSettings):
    """A service's settings class inherits these. Without SMTP_HOST, messages are written to the outbox
    folder (development and tests); production refuses that (`require_smtp`)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True, hide_input_in_errors=True)

    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_security: Security = "starttls"
    smtp_timeout_seconds: float = 10.0
    mail_from: str = "EventXperts <no-reply@eventxperts.app>"
    # Where messages go without SMTP_HOST; default `<DATA_DIR>/mail`.
    mail_outbox_dir: Path | None = None

    def smtp_server(self) -> SmtpServer | None:
        if not self.smtp_host:
            return None
        return SmtpServer(
            host=self.smtp_host,
            port=self.smtp_port,
            from_address=self.mail_from,
            username=self.smtp_username or None,
            password=self.smtp_password,
            security=self.smtp_security,
            timeout_seconds=self.smtp_timeout_seconds,
        )

    def require_smtp(self) -> None:
        """Raise ValueError unless an SMTP server is configured (a production service's mail must leave)."""
        if not self.smtp_host:
            raise ValueError("SMTP_HOST must be set in production (mail would only reach the outbox folder)")


def mailer_from_settings(settings: MailSettings, *, data_dir: Path) -> Mailer:
    """SMTP when SMTP_HOST is set, else the outbox folder (MAIL_OUTBOX_DIR or `<data_dir>/mail`)."""
    server = settings.smtp_server()
    if server is not None:
        return SmtpMailer(server)
    return OutboxFolderMailer(settings.mail_outbox_dir or data_dir / "mail", settings.mail_from)
