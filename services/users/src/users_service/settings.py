"""The users service's settings: servicekit's common ones plus tokens, hashing and lockout."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from servicekit.settings import ServiceSettings


class UsersSettings(ServiceSettings):
    service_name: str = "users"
    port: int = Field(default=8001, validation_alias=AliasChoices("users_port", "port"))

    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # argon2id cost; OWASP's minimum is 19 MiB, 2 passes. Tests lower these through settings.
    argon2_time_cost: int = 3
    argon2_memory_kib: int = 65536
    argon2_parallelism: int = 1
    lockout_max_failures: int = 5
    lockout_minutes: int = 15
    # Auth0 mode: the database connection new accounts are created in.
    auth0_connection: str = "Username-Password-Authentication"
