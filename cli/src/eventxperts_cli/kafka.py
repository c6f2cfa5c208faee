"""`eventxperts kafka`: a single-node Apache Kafka broker in the foreground until Ctrl-C."""

from __future__ import annotations

from pathlib import Path

import click
from servicekit.bus.kafka_broker import KafkaBroker, KafkaPortInUse
from servicekit.bus.kafka_runtime import KafkaRuntime, KafkaRuntimeMissing

from eventxperts_cli.components import KAFKA_PORT, REPO_ROOT


@click.command("kafka")
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    default=REPO_ROOT / ".data",
    show_default=True,
    help="The broker keeps its storage in DATA_DIR/kafka.",
)
@click.option(
    "--port",
    type=int,
    default=KAFKA_PORT,
    show_default=True,
    help="Client port; the KRaft controller listens on PORT+1.",
)
@click.option("--fetch-only", is_flag=True, help="Fetch the broker's jars (the install step) and exit.")
def kafka(data_dir: Path, port: int, fetch_only: bool) -> None:
    """Run Apache Kafka 4 (KRaft), fetching its jars from Maven Central on first use."""
    runtime = KafkaRuntime(REPO_ROOT)
    broker = KafkaBroker(data_dir / "kafka", port=port, runtime=runtime)
    try:
        if fetch_only:
            runtime.fetch()
            click.echo(f"Kafka jars in {runtime.lib_dir}")
            return
        if not runtime.is_fetched():
            click.echo("fetching the Kafka broker from Maven Central (once) ...")
        broker.start(log_to_file=False)
    except (KafkaRuntimeMissing, KafkaPortInUse) as error:
        raise click.ClickException(f"{error.code}: {error}") from error
    click.echo(f"Kafka is up: KAFKA_BOOTSTRAP_SERVERS={broker.bootstrap_servers}  (Ctrl-C stops it)")
    try:
        broker.wait()
    except KeyboardInterrupt:
        click.echo("stopping Kafka ...")
    finally:
        broker.stop()


COMMANDS = [kafka]
