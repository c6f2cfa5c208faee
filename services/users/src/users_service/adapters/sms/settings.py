"""SMS settings (environment variables SMS_*), and the sender they describe."""

from __future__ import annotations

from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from users_service.adapters.sms.gateway import HttpSmsGateway, SmsGatewayAccount
from users_service.adapters.sms.message import SmsSender
from users_service.adapters.sms.outbox_folder import OutboxFolderSms


class SmsSettings(BaseSettings):
    """Without SMS_GATEWAY_URL, messages are written to the outbox folder (development and tests);
    production refuses that (`require_sms_gateway`)."""

    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True, hide_input_in_errors=True)

    sms_gateway_url: str | None = None
    sms_auth_key: SecretStr | None = None
    # TRAI DLT registration: the sender id (header), the principal entity id, and the ids of the
    # sign-in code's templates in English and Telugu (Telugu falls back to English when unset).
    sms_sender_id: str = "EVXPRT"
    sms_dlt_entity_id: str | None = None
    sms_dlt_template_id: str = "development"
    sms_dlt_template_id_te: str | None = None
    sms_timeout_seconds: float = 10.0
    # Where messages go without SMS_GATEWAY_URL; default `<DATA_DIR>/sms`.
    sms_outbox_dir: Path | None = None

    def sms_gateway_account(self) -> SmsGatewayAccount | None:
        if not self.sms_gateway_url:
            return None
        if self.sms_auth_key is None or not self.sms_dlt_entity_id:
            raise ValueError("SMS_GATEWAY_URL needs SMS_AUTH_KEY and SMS_DLT_ENTITY_ID")
        return SmsGatewayAccount(
            base_url=self.sms_gateway_url,
            auth_key=self.sms_auth_key,
            sender_id=self.sms_sender_id,
            dlt_entity_id=self.sms_dlt_entity_id,
            timeout_seconds=self.sms_timeout_seconds,
        )

    def sms_template(self, language: str) -> str:
        if language == "te" and self.sms_dlt_template_id_te:
            return self.sms_dlt_template_id_te
        return self.sms_dlt_template_id

    def require_sms_gateway(self) -> None:
        """Raise ValueError unless a gateway is configured (production's codes must reach phones)."""
        if self.sms_gateway_account() is None or self.sms_dlt_template_id == "development":
            raise ValueError(
                "SMS_GATEWAY_URL, SMS_AUTH_KEY, SMS_DLT_ENTITY_ID and SMS_DLT_TEMPLATE_ID must be set in "
                "production (sign-in codes would only reach the outbox folder)"
            )


def sms_sender_from_settings(settings: SmsSettings, *, data_dir: Path) -> SmsSender:
    """The gateway when SMS_GATEWAY_URL is set, else the outbox folder (SMS_OUTBOX_DIR, `<data_dir>/sms`)."""
    account = settings.sms_gateway_account()
    if account is not None:
        return HttpSmsGateway(account)
    return OutboxFolderSms(settings.sms_outbox_dir or data_dir / "sms", settings.sms_sender_id)
