"""`eventxperts sdl`: write (or with --check, compare) each registered service's committed SDL."""

from __future__ import annotations

import click
from servicekit.registry import load_registry
from servicekit.service import definition_of, printed_sdl, write_sdl


@click.command("sdl")
@click.option("--check", is_flag=True, help="Fail if a committed schema.graphql differs from the code.")
def sdl(check: bool) -> None:
    """Print every service's subgraph SDL into services/<name>/schema.graphql."""
    stale = []
    for entry in load_registry():
        definition = definition_of(entry)
        if check:
            committed = definition.schema_file.read_text(encoding="utf-8")
            if committed != printed_sdl(definition):
                stale.append(str(definition.schema_file))
            continue
        click.echo(f"wrote {write_sdl(definition)}")
    if stale:
        raise click.ClickException(f"out of date (run `eventxperts sdl`): {', '.join(stale)}")


COMMANDS = [sdl]
