"""`eventxperts sdl`: write (or with --check, compare) each registered service's committed SDL."""

from __future__ import annotations

import click
from servicekit.registry import load_registry
from servicekit.service import definition_of, printed_sdl, write_sdl


@click.command("sdl")
@click.argument("names", nargs=-1)
@click.option("--check", is_flag=True, help="Fail if a committed schema.graphql differs from the code.")
def sdl(names: tuple[str, ...], check: bool) -> None:
    """Print the subgraph SDL of the named services (all by default) into their schema.graphql."""
    registry = load_registry()
    unknown = set(names) - {entry.name for entry in registry}
    if unknown:
        raise click.BadParameter(f"not in the registry of services: {', '.join(sorted(unknown))}")
    stale = []
    for entry in (e for e in registry if not names or e.name in names):
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
