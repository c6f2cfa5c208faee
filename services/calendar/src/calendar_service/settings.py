"""The calendar service's settings: servicekit's common ones plus holds and the expiry sweeper."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings


class CalendarSettings(ServiceSettings):
    service_name: str = "calendar"
    port: int = Field(default=8002, validation_alias=AliasChoices("calendar_port", "port"))

    # A tentative hold lasts this long when the organizer names no expiry.
    default_hold_hours: int = 72
    # How often the process looks for holds that expired and announces them (hold_expired); 0 or
    # less: no sweeper in this process (the tests drive it themselves).
    hold_sweep_seconds: float = 30.0

    # The platform's public origin (the edge): ICS feed and CSV download URLs are made on it.
    public_url: str = "http://127.0.0.1:8080"
    # How long a CSV export's signed download URL works.
    csv_link_seconds: int = 600
