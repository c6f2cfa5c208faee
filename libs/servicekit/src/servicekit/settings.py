"""Typed settings shared by every service, read once at start from the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_SECRET = "development-only-secret-change-me"  # noqa: S105 - refused outside development
# What a service and the gateway share when started alone in development; `eventxperts up` gives both
# a fresh random one per start, and production refuses this one (gateway/src/settings.js has the same).
DEVELOPMENT_GATEWAY_SECRET = "development-only-gateway-secret"  # noqa: S105 - refused in production
PRODUCTION_GATEWAY_SECRET_MIN_LENGTH = 32


def service_database_name(service_name: str) -> str:
    """The database a service owns on the shared server (the one place this name is made)."""
    return f"eventxperts_{service_name}"


class ServiceSettings(BaseSettings):
    """Settings every service has; a service subclasses it to add its own."""

    # A refused start must not print the settings it was given: they hold the secrets.
    model_config = SettingsConfigDict(env_file=None, extra="ignore", frozen=True, hide_input_in_errors=True)

    service_name: str = "service"
    environment: Literal["development", "test", "production"] = "development"
    database_url: str | None = None
    data_dir: Path = Path(".data")
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: str = "INFO"
    secret_key: str = DEVELOPMENT_SECRET
    # Apply this service's migrations when the process starts (`eventxperts up` migrates beforehand).
    run_migrations_on_start: bool = False
    # Relay the outbox to the event bus and run the consumers; tests that drive the app in-process
    # turn it off.
    publish_events: bool = True

    # The secrets the gateway may present in X-Gateway-Secret, comma-separated: the current one and,
    # while rotating, the previous one (docs/decisions/0013).
    gateway_secrets: str = DEVELOPMENT_GATEWAY_SECRET
    # The largest request body any route accepts, counted as it arrives (servicekit.body_limit).
    max_body_bytes: int = Field(default=1_048_576, gt=0)

    auth_provider: Literal["builtin", "auth0"] = "builtin"
    auth_issuer: str = "http://127.0.0.1:8001"
    auth_audience: str = "eventxperts"
    auth_jwks_url: str | None = None
    auth0_domain: str | None = None
    auth0_audience: str | None = None
    auth0_client_id: str | None = None
    auth0_client_secret: str | None = None
    auth0_management_api_url: str | None = None

    kafka_bootstrap_servers: str | None = None

    # Revoked access tokens (docs/decisions/0010): how long a revocation is kept, at least the longest
    # access-token lifetime of the issuer (15 minutes built in, Auth0's default is 24 hours), and how
    # often the verifier's in-memory copy is brought up to date from the service's database.
    token_revocation_horizon_seconds: int = 86_400
    token_revocation_refresh_seconds: float = 1.0

    @model_validator(mode="after")
    def _refuse_default_secrets(self) -> ServiceSettings:
        if self.environment == "production" and self.secret_key == DEVELOPMENT_SECRET:
            raise ValueError("SECRET_KEY must be set outside development")
        if self.environment == "production":
            _refuse_weak_gateway_secrets(self.gateway_secret_list)
        if self.auth_provider == "auth0" and not (self.auth0_domain and self.auth0_audience):
            raise ValueError("AUTH_PROVIDER=auth0 needs AUTH0_DOMAIN and AUTH0_AUDIENCE")
        return self

    @property
    def gateway_secret_list(self) -> tuple[str, ...]:
        """Every gateway secret this service accepts."""
        return tuple(secret.strip() for secret in self.gateway_secrets.split(",") if secret.strip())

    @property
    def database_name(self) -> str:
        """Each service owns one database on the server."""
        return service_database_name(self.service_name)

    @property
    def token_issuer(self) -> str:
        """The `iss` every service expects in access tokens."""
        if self.auth_provider == "auth0":
            return f"https://{self.auth0_domain}/"
        return self.auth_issuer.rstrip("/")

    @property
    def token_audience(self) -> str:
        if self.auth_provider == "auth0" and self.auth0_audience:
            return self.auth0_audience
        return self.auth_audience

    @property
    def jwks_url(self) -> str:
        """Where signing keys are published: Auth0's tenant or our own users service."""
        if self.auth_jwks_url:
            return self.auth_jwks_url
        return f"{self.token_issuer.rstrip('/')}/.well-known/jwks.json"


def _refuse_weak_gateway_secrets(secrets: tuple[str, ...]) -> None:
    if not secrets or DEVELOPMENT_GATEWAY_SECRET in secrets:
        raise ValueError("GATEWAY_SECRETS must be set in production (the secret the gateway sends)")
    if any(len(secret) < PRODUCTION_GATEWAY_SECRET_MIN_LENGTH for secret in secrets):
        minimum = PRODUCTION_GATEWAY_SECRET_MIN_LENGTH
        raise ValueError(f"each of GATEWAY_SECRETS must be at least {minimum} characters in production")
