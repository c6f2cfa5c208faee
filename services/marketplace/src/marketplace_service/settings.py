"""The marketplace service's settings: servicekit's common ones, object storage, holds and payments."""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr
from servicekit.settings import ServiceSettings
from servicekit.storage import StorageSettings


class MarketplaceSettings(ServiceSettings, StorageSettings):
    service_name: str = "marketplace"
    port: int = Field(default=8004, validation_alias=AliasChoices("marketplace_port", "port"))

    # The platform's public origin (the edge): image upload and download links are made on it.
    public_url: str = "http://127.0.0.1:8080"
    # How long a signed image upload or download link works.
    file_link_seconds: int = Field(default=600, gt=0)
    # How long stock stays held for an online payment that has not completed.
    hold_minutes: int = Field(default=15, gt=0)
    # How often the sweeper releases expired holds; 0 leaves it off (tests sweep by hand).
    hold_sweep_seconds: float = 30.0

    # The payment provider (Razorpay's orders API shape). Unset: online payment is refused.
    payments_base_url: str | None = None
    payments_key_id: str = ""
    payments_key_secret: SecretStr = SecretStr("")
    payments_webhook_secret: SecretStr = SecretStr("")
