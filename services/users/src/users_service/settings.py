"""The users service's settings: servicekit's common ones plus tokens, hashing and sign-in throttling."""

from __future__ import annotations

import os

from mail import MailSettings
from pydantic import AliasChoices, Field, model_validator
from servicekit.settings import ServiceSettings

from users_service.adapters.sms.settings import SmsSettings


class UsersSettings(ServiceSettings, MailSettings, SmsSettings):
    service_name: str = "users"
    port: int = Field(default=8001, validation_alias=AliasChoices("users_port", "port"))

    access_token_minutes: int = 15
    refresh_token_days: int = 30
    # argon2id cost: OWASP's 19 MiB, 2 passes, 1 lane (docs/decisions/0009). Tests lower these.
    argon2_time_cost: int = 2
    argon2_memory_kib: int = 19 * 1024
    argon2_parallelism: int = 1
    # Hashes computed at once (one per core), and how many may wait for one before TOO_BUSY.
    password_hashing_threads: int = Field(default_factory=lambda: os.cpu_count() or 1)
    password_hashing_queue: int = 128
    # Sign-in throttling (domain/lockout.py): failures allowed per account and client address, the
    # first wait after them (doubling with each further failure) and the longest; and the failed
    # sign-ins one client address may make per hour across accounts.
    lockout_max_failures: int = 5
    lockout_first_wait_seconds: int = 60
    lockout_minutes: int = 15
    address_failures_per_hour: int = 100
    # Password reset by email (domain/reset_codes.py): how long a code lives, the tries it allows, and
    # how many codes one email and one client address may ask for per hour. Mail: libs/mail (SMTP_*).
    reset_code_minutes: int = Field(default=15, gt=0)
    reset_code_tries: int = Field(default=5, gt=0)
    reset_requests_per_email_per_hour: int = Field(default=5, gt=0)
    reset_requests_per_address_per_hour: int = Field(default=30, gt=0)
    # Sign-in by a code sent to a phone (domain/phone_codes.py): how long a code lives, the tries it
    # allows, and how many codes one phone and one client address may ask for per hour. SMS: SMS_*.
    phone_code_minutes: int = Field(default=5, gt=0)
    phone_code_tries: int = Field(default=5, gt=0)
    phone_code_requests_per_phone_per_hour: int = Field(default=5, gt=0)
    phone_code_requests_per_address_per_hour: int = Field(default=20, gt=0)
    # Auth0 mode: the database connection new accounts are created in, and the passwordless one.
    auth0_connection: str = "Username-Password-Authentication"
    auth0_sms_connection: str = "sms"

    @model_validator(mode="after")
    def _mail_leaves_in_production(self) -> UsersSettings:
        # Reset codes written to the outbox folder would reach nobody (Auth0 sends its own mail).
        if self.environment == "production" and self.auth_provider == "builtin":
            self.require_smtp()
            self.require_sms_gateway()  # sign-in codes in the outbox folder would reach nobody
        return self
