"""`eventxperts seed-demo` (`make demo`): a believable demo, made by each registered service.

A service takes part by having a `<package>.demo` module with `seed(facts) -> lines`: it makes its
demo data once (seeding again changes nothing), adds what later services need to `facts` (the demo
organizer's id, say) and returns lines telling a person what to sign in with or look at.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import click
from servicekit.postgres import server_url
from servicekit.registry import load_registry
from servicekit.settings import ServiceSettings

from eventxperts_cli.components import REPO_ROOT
from eventxperts_cli.platform import migrate_all


@click.command("seed-demo")
@click.option("--data-dir", type=click.Path(path_type=Path), default=REPO_ROOT / ".data", show_default=True)
def seed_demo(data_dir: Path) -> None:
    """Migrate, then seed every service's demo data (embedded server unless DATABASE_URL is set)."""
    os.environ.setdefault("DATA_DIR", str(data_dir.resolve()))
    migrate_all(server_url(ServiceSettings(data_dir=data_dir)), progress=click.echo)
    facts: dict[str, str] = {}
    lines: list[str] = []
    for entry in load_registry():
        try:
            module = importlib.import_module(f"{entry.package}.demo")
        except ModuleNotFoundError as error:
            if error.name != f"{entry.package}.demo":
                raise
            continue
        click.echo(f"demo: {entry.name}")
        lines.extend(module.seed(facts))
    click.echo("\nDemo data is in place. Sign in with:")
    for line in lines:
        click.echo(f"  {line}")


COMMANDS = [seed_demo]
