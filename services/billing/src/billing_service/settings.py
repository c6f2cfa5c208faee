"""The billing service's settings: servicekit's common ones."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings


class BillingSettings(ServiceSettings):
    service_name: str = "billing"
    port: int = Field(default=8003, validation_alias=AliasChoices("billing_port", "port"))
