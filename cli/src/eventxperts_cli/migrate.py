"""`eventxperts migrate`: apply every service's migrations to its own database."""

from __future__ import annotations

from pathlib import Path

import click
from servicekit.migrations import upgrade_to_head
from servicekit.postgres import server_url, with_database
from servicekit.settings import ServiceSettings

from eventxperts_cli.components import REPO_ROOT, SERVICES


@click.command("migrate")
@click.option("--data-dir", type=click.Path(path_type=Path), default=REPO_ROOT / ".data", show_default=True)
def migrate(data_dir: Path) -> None:
    """Upgrade every service database to head (embedded server unless DATABASE_URL is set)."""
    server = server_url(ServiceSettings(data_dir=data_dir))
    for spec in SERVICES:
        click.echo(f"migrating {spec.name}")
        upgrade_to_head(spec.migrations_dir, with_database(server, f"eventxperts_{spec.name}"))


COMMANDS = [migrate]
