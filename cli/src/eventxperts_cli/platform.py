"""The whole platform in one object: PostgreSQL, (Kafka), migrations, services, gateway, app and the
edge in front of them (the one public origin).

Used by `eventxperts up` (make run) and by the end-to-end tests, which start their own copy on free
ports so they never touch a developer's running platform.
"""

from __future__ import annotations

import os
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from servicekit.bus.kafka_broker import KafkaBroker
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import start_embedded_server, stop_embedded_server, with_database
from servicekit.registry import RegisteredService, load_registry
from servicekit.service import definition_of
from servicekit.settings import service_database_name

from eventxperts_cli.components import (
    APP_PORT,
    EDGE_PORT,
    GATEWAY_DIR,
    GATEWAY_PORT,
    KAFKA_PORT,
    REPO_ROOT,
    WEB_CLIENT_DIR,
)
from eventxperts_cli.edge.process import edge_process
from eventxperts_cli.edge.routes import routing_table
from eventxperts_cli.edge.static_files import readable_by_workers
from eventxperts_cli.processes import ManagedProcess

Progress = Callable[[str], None]


@dataclass
class PlatformConfig:
    data_dir: Path = REPO_ROOT / ".data"
    database_url: str | None = None
    kafka_bootstrap_servers: str | None = None
    start_kafka: bool = False
    kafka_port: int = KAFKA_PORT
    services: tuple[RegisteredService, ...] = field(default_factory=load_registry)
    service_ports: dict[str, int] = field(default_factory=dict)
    gateway_port: int = GATEWAY_PORT
    app_port: int = APP_PORT
    edge_port: int = EDGE_PORT
    with_app: bool = True
    web_client_dir: Path = WEB_CLIENT_DIR  # the app builds its versioned web client here; the edge serves it
    environment: str = "development"
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Registered ports unless the caller (a test on free ports) chose its own.
        self.service_ports = {s.name: self.service_ports.get(s.name, s.port) for s in self.services}

    @property
    def log_dir(self) -> Path:
        return self.data_dir / "logs"

    def service_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.service_ports[name]}"

    @property
    def gateway_url(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}/graphql"

    @property
    def app_url(self) -> str:
        return f"http://127.0.0.1:{self.app_port}/"

    @property
    def edge_url(self) -> str:
        """The one public origin: the app at `/`, the gateway at `/graphql`, the services' prefixes."""
        return f"http://127.0.0.1:{self.edge_port}/"


class Platform:
    def __init__(self, config: PlatformConfig, progress: Progress = print) -> None:
        self.config = config
        self._progress = progress
        self._processes: list[ManagedProcess] = []
        self._started_postgres = False
        self._kafka: KafkaBroker | None = None
        self.server_url = ""
        # What the gateway sends and every service accepts (docs/decisions/0013); None in production,
        # where the operator's GATEWAY_SECRETS and SUBGRAPH_SECRET reach the processes unchanged.
        self.gateway_secret: str | None = None

    def start(self) -> None:
        """Start every part in dependency order, waiting for each to be ready."""
        edge = self._edge_process()  # first: a missing nginx or a bad route fails before anything starts
        if self.config.environment != "production":
            self.gateway_secret = secrets.token_urlsafe(32)  # a fresh one per start
        try:
            self._start_postgres()
            self._start_kafka()
            self._migrate()
            for spec in self.config.services:
                self._start(self._service_process(spec.name, spec.package), timeout_s=60)
            self._start(self._gateway_process(), timeout_s=60)
            if self.config.with_app:
                self._start(self._app_process(), timeout_s=90)
            self._start(edge, timeout_s=30)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop every part in reverse order; PostgreSQL last, and only if this platform started it."""
        for process in reversed(self._processes):
            self._progress(f"stopping {process.name}")
            process.stop()
        self._processes.clear()
        if self._kafka is not None:
            self._progress("stopping kafka")
            self._kafka.stop()
            self._kafka = None
        if self._started_postgres:
            self._progress("stopping postgres")
            stop_embedded_server(self.config.data_dir)
            self._started_postgres = False

    def _start_postgres(self) -> None:
        if self.config.database_url:
            self.server_url = self.config.database_url
            self._progress("postgres: using DATABASE_URL")
            return
        self._progress(f"postgres: starting embedded server (data in {self.config.data_dir / 'postgres'})")
        already_running = (self.config.data_dir / "postgres" / "postmaster.pid").exists()
        self.server_url = start_embedded_server(self.config.data_dir, stop_on_exit=False)
        self._started_postgres = not already_running
        self._progress("postgres: ready")

    def _start_kafka(self) -> None:
        if not self.config.start_kafka or self.config.kafka_bootstrap_servers:
            return
        broker = KafkaBroker(self.config.data_dir / "kafka", port=self.config.kafka_port)
        self._progress(f"kafka: starting broker on port {broker.port} (log {broker.data_dir}/broker.log)")
        broker.start()
        self._kafka = broker
        self.config.kafka_bootstrap_servers = broker.bootstrap_servers
        self._progress("kafka: ready")

    def _migrate(self) -> None:
        migrate_all(self.server_url, self._progress, self.config.services)

    def _start(self, process: ManagedProcess, *, timeout_s: float) -> None:
        self._progress(f"{process.name}: starting (log {process.log_path})")
        process.start()
        self._processes.append(process)
        process.wait_ready(timeout_s)
        self._progress(f"{process.name}: ready")

    def _common_env(self) -> dict[str, str]:
        env = {
            "ENVIRONMENT": self.config.environment,
            "DATABASE_URL": self.server_url,
            "DATA_DIR": str(self.config.data_dir),
            "AUTH_ISSUER": self.config.service_url("users"),
            # Where the services' signed links (billing's PDFs, the calendar's feeds) point: this
            # platform's edge, wherever it listens, unless the operator names the public origin.
            "PUBLIC_URL": os.environ.get("PUBLIC_URL") or self.config.edge_url.rstrip("/"),
            "PYTHONUNBUFFERED": "1",
        }
        if self.config.kafka_bootstrap_servers:
            env["KAFKA_BOOTSTRAP_SERVERS"] = self.config.kafka_bootstrap_servers
        return {**env, **self.config.extra_env}

    def _service_process(self, name: str, package: str) -> ManagedProcess:
        port = self.config.service_ports[name]
        env = {
            **self._common_env(),
            "HOST": "127.0.0.1",
            "PORT": str(port),
            f"{name.upper()}_PORT": str(port),
            **({"GATEWAY_SECRETS": self.gateway_secret} if self.gateway_secret else {}),
        }
        return ManagedProcess(
            name=f"{name} service",
            argv=[sys.executable, "-m", package],
            env=env,
            cwd=REPO_ROOT,
            log_path=self.config.log_dir / f"{name}.log",
            ready_url=f"{self.config.service_url(name)}/readyz",
        )

    def _gateway_process(self) -> ManagedProcess:
        subgraphs = ",".join(
            f"{s.name}={self.config.service_url(s.name)}/graphql" for s in self.config.services
        )
        origins = ",".join(
            f"http://{host}:{port}"
            for port in (self.config.edge_port, self.config.app_port)
            for host in ("127.0.0.1", "localhost")
        )
        env = {
            "GATEWAY_PORT": str(self.config.gateway_port),
            "GATEWAY_HOST": "127.0.0.1",
            "SUBGRAPHS": subgraphs,
            "GATEWAY_CORS_ORIGINS": origins,
            "NODE_ENV": "production" if self.config.environment == "production" else "development",
            **({"SUBGRAPH_SECRET": self.gateway_secret} if self.gateway_secret else {}),
        }
        return ManagedProcess(
            name="gateway",
            argv=["node", "src/main.js"],
            env=env,
            cwd=GATEWAY_DIR,
            log_path=self.config.log_dir / "gateway.log",
            ready_url=f"http://127.0.0.1:{self.config.gateway_port}/healthz",
        )

    def _edge_process(self) -> ManagedProcess:
        web_client = self.config.web_client_dir
        web_client.mkdir(parents=True, exist_ok=True)
        served_by_edge = readable_by_workers(web_client)
        if not served_by_edge:
            self._progress(f"edge: its workers cannot read {web_client}; the app serves those files itself")
        routes = routing_table(
            services=self.config.services,
            service_ports=self.config.service_ports,
            gateway_port=self.config.gateway_port,
            app_port=self.config.app_port if self.config.with_app else None,
            web_client_dir=web_client if served_by_edge else None,
        )
        return edge_process(
            routes, port=self.config.edge_port, data_dir=self.config.data_dir, log_dir=self.config.log_dir
        )

    def _app_process(self) -> ManagedProcess:
        return app_process(
            port=self.config.app_port,
            gateway_url=self.config.gateway_url,
            log_dir=self.config.log_dir,
            web_client_dir=self.config.web_client_dir,
            public_url=self._common_env()["PUBLIC_URL"],
        )


def migrate_all(
    server_url: str, progress: Progress = print, services: tuple[RegisteredService, ...] | None = None
) -> None:
    """Upgrade every service's own database on the server to head (created if missing)."""
    for spec in services if services is not None else load_registry():
        progress(f"migrations: {spec.name}")
        migrations = definition_of(spec).migrations_dir
        upgrade_to_head(migrations, with_database(server_url, service_database_name(spec.name)))


def app_process(
    *,
    port: int,
    gateway_url: str,
    log_dir: Path,
    web_client_dir: Path = WEB_CLIENT_DIR,
    public_url: str | None = None,
) -> ManagedProcess:
    """The Flet web app as the platform runs it (also started alone by the browser tests);
    `public_url`: the edge, where the services' photo URLs point."""
    env = {
        "APP_PORT": str(port),
        "APP_HOST": "127.0.0.1",
        "GATEWAY_URL": gateway_url,
        "APP_WEB_CLIENT_DIR": str(web_client_dir),
        "PYTHONUNBUFFERED": "1",
        **({"PUBLIC_URL": public_url} if public_url else {}),
    }
    return ManagedProcess(
        name="app",
        argv=[sys.executable, "-m", "eventxperts_app"],
        env=env,
        cwd=REPO_ROOT,
        log_path=log_dir / "app.log",
        ready_url=f"http://127.0.0.1:{port}/",
    )
