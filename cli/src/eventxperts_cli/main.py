"""`eventxperts`: the platform's command line (start it, migrate, administer, inspect events)."""

from __future__ import annotations

import click

from eventxperts_cli import admin, dlq, kafka, migrate, up

COMMAND_MODULES = (up, migrate, admin, kafka, dlq)


@click.group()
def cli() -> None:
    """EventXperts platform commands."""


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def main() -> None:
    cli()
