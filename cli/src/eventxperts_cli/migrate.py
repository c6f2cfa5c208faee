"""`eventxperts migrate`: apply every service's migrations to its own database."""

from __future__ import annotations

from pathlib import Path

import click
from servicekit.postgres import server_url
from servicekit.settings import ServiceSettings

from eventxperts_cli.components import REPO_ROOT
from eventxperts_cli.platform import migrate_all


@click.command("migrate")
@click.option("--data-dir", type=click.Path(path_type=Path), default=REPO_ROOT / ".data", show_default=True)
def migrate(data_dir: Path) -> None:
    """Upgrade every service database to head (embedded server unless DATABASE_URL is set)."""
    migrate_all(server_url(ServiceSettings(data_dir=data_dir)), progress=click.echo)


COMMANDS = [migrate]
