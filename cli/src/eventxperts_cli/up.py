"""`eventxperts up`: the platform on this machine until Ctrl-C (what `make run` runs)."""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path
from types import FrameType

import click
from servicekit.bus.kafka_broker import KafkaPortInUse
from servicekit.bus.kafka_runtime import KafkaRuntimeMissing

from eventxperts_cli.components import REPO_ROOT
from eventxperts_cli.edge.routes import EdgeConfigError
from eventxperts_cli.platform import Platform, PlatformConfig
from eventxperts_cli.processes import StartupFailed


def _say(message: str) -> None:
    click.echo(f"[eventxperts] {message}", err=True)


@click.command("up")
@click.option("--data-dir", type=click.Path(path_type=Path), default=REPO_ROOT / ".data", show_default=True)
@click.option("--no-app", is_flag=True, help="Do not start the Flet web app.")
@click.option(
    "--kafka",
    "with_kafka",
    is_flag=True,
    help="Run a local Apache Kafka broker (data in DATA_DIR/kafka) and use it as the event bus.",
)
def up(data_dir: Path, no_app: bool, with_kafka: bool) -> None:
    """Start PostgreSQL, migrations, services, gateway, app and edge; stop them all on Ctrl-C."""
    config = PlatformConfig(
        data_dir=data_dir.resolve(),
        database_url=os.environ.get("DATABASE_URL") or None,
        kafka_bootstrap_servers=os.environ.get("KAFKA_BOOTSTRAP_SERVERS") or None,
        with_app=not no_app,
        start_kafka=with_kafka,
    )
    platform = Platform(config, progress=_say)
    stop = threading.Event()

    def request_stop(signum: int, _: FrameType | None) -> None:
        _say(f"received {signal.Signals(signum).name}, stopping")
        stop.set()

    signal.signal(signal.SIGINT, request_stop)
    signal.signal(signal.SIGTERM, request_stop)
    try:
        platform.start()
    except (StartupFailed, EdgeConfigError, KafkaPortInUse, KafkaRuntimeMissing) as error:
        _say(f"startup failed: {error}")
        raise SystemExit(1) from error
    _print_urls(config)
    stop.wait()
    platform.stop()
    _say("stopped")


def _print_urls(config: PlatformConfig) -> None:
    click.echo("")
    opening = "open the app there; " if config.with_app else ""
    click.echo(f"EventXperts is running at {config.edge_url}  ({opening}the gateway is at /graphql)")
    for service in config.services:
        for route in service.public_routes:
            click.echo(f"  {route:<14} -> {service.name} service")
    click.echo("Each part on its own port, for debugging:")
    if config.with_app:
        click.echo(f"  app        {config.app_url}")
    click.echo(f"  gateway    {config.gateway_url}")
    click.echo(f"  event bus  {config.kafka_bootstrap_servers or 'PostgreSQL log (embedded)'}")
    for name, port in config.service_ports.items():
        click.echo(f"  {name:<10} http://127.0.0.1:{port}  (its /graphql answers only the gateway)")
    click.echo(f"  logs       {config.log_dir}")
    click.echo("Press Ctrl-C to stop.")


COMMANDS = [up]
