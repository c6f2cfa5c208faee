"""The discovery service's settings: servicekit's common ones, the limits against spam, and mail (an
organizer who takes email hears of a new enquiry by email when SMTP_HOST is set)."""

from __future__ import annotations

from mail import MailSettings
from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings


class DiscoverySettings(ServiceSettings, MailSettings):
    service_name: str = "discovery"
    port: int = Field(default=8006, validation_alias=AliasChoices("discovery_port", "port"))

    # Enquiries one user may send on one local day (an enquiry to five organizers counts five).
    enquiries_per_user_per_day: int = 20
    # ... and in any sixty minutes, so a day's allowance cannot be spent in one burst.
    enquiries_per_user_per_hour: int = 10
    # The platform's public origin (the edge): ICS links are made on it.
    public_url: str = "http://127.0.0.1:8080"
