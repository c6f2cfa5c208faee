"""The billing service's settings: servicekit's common ones, mail (SMTP_*), object storage (STORAGE_*,
S3_*: issued documents' PDFs) and its signed links."""

from __future__ import annotations

from mail import MailSettings
from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings
from servicekit.storage import StorageSettings


class BillingSettings(ServiceSettings, MailSettings, StorageSettings):
    service_name: str = "billing"
    port: int = Field(default=8003, validation_alias=AliasChoices("billing_port", "port"))

    # The platform's public origin (the edge): PDF, CSV and upload links are made on it.
    public_url: str = "http://127.0.0.1:8080"
    # How long a signed download or upload link works.
    file_link_seconds: int = Field(default=600, gt=0)
    # How long a PDF link shared with a client (WhatsApp, email) works.
    shared_link_seconds: int = Field(default=30 * 86_400, gt=0)
