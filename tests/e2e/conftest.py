"""The whole platform, started once for the journey tests on free ports with its own data."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from eventxperts_cli.platform import Platform, PlatformConfig
from mail.testing import LocalSmtpServer
from servicekit.registry import load_registry
from servicekit.testing.ports import free_port
from users_service.adapters.sms.testing import LocalSmsGateway


@dataclass(frozen=True)
class RunningPlatform:
    gateway_url: str
    app_url: str
    edge_url: str
    data_dir: Path
    server_url: str
    config: PlatformConfig
    # What the gateway sends the services; a test calling a service's /graphql directly sends it too.
    gateway_secret: str
    # The SMTP server the services send mail to (password-reset codes): a real one on loopback.
    smtp: LocalSmtpServer
    # The SMS gateway's stand-in the users service texts sign-in codes to, on loopback.
    sms: LocalSmsGateway


@contextmanager
def running_platform(*, start_kafka: bool = False, with_app: bool = True) -> Iterator[RunningPlatform]:
    """A whole platform on free ports with its own data directory, stopped and removed on exit."""
    # A private directory: pytest prunes its shared basetemp while other sessions may use it.
    data_dir = Path(tempfile.mkdtemp(prefix="eventxperts-platform-"))
    with LocalSmtpServer.running() as smtp, LocalSmsGateway.running() as sms:
        yield from _platform(data_dir, smtp, sms, start_kafka=start_kafka, with_app=with_app)


def _platform(
    data_dir: Path, smtp: LocalSmtpServer, sms: LocalSmsGateway, *, start_kafka: bool, with_app: bool
) -> Iterator[RunningPlatform]:
    mail_env = {"SMTP_HOST": smtp.host, "SMTP_PORT": str(smtp.port), "SMTP_SECURITY": "none"}
    sms_env = {
        "SMS_GATEWAY_URL": sms.url,
        "SMS_AUTH_KEY": sms.auth_key,
        "SMS_DLT_ENTITY_ID": "1201160000000000001",
    }
    config = PlatformConfig(
        data_dir=data_dir,
        database_url=os.environ.get("DATABASE_URL") or None,
        service_ports={spec.name: free_port() for spec in load_registry()},
        gateway_port=free_port(),
        app_port=free_port(),
        edge_port=free_port(),
        with_app=with_app,
        start_kafka=start_kafka,
        kafka_port=free_port(),
        environment="test",
        extra_env={"ARGON2_MEMORY_KIB": "8192", "ARGON2_TIME_COST": "1", **mail_env, **sms_env},
    )
    platform = Platform(config, progress=lambda message: print(f"[platform] {message}"))
    platform.start()
    try:
        yield RunningPlatform(
            gateway_url=config.gateway_url,
            app_url=config.app_url,
            edge_url=config.edge_url,
            data_dir=data_dir,
            server_url=platform.server_url,
            config=config,
            gateway_secret=platform.gateway_secret or "",
            smtp=smtp,
            sms=sms,
        )
    finally:
        platform.stop()
        shutil.rmtree(data_dir, ignore_errors=True)


@pytest.fixture(scope="session")
def platform_stack() -> Iterator[RunningPlatform]:
    """PostgreSQL, services, gateway, app and edge, as `make run` starts them; stopped after the session."""
    with running_platform() as platform:
        yield platform
