"""`eventxperts`: the platform's command line (start it, migrate, administer, inspect events)."""

from __future__ import annotations

import importlib

import click

# Each command lives in its own module; a module lists the click commands it exports in COMMANDS.
COMMAND_MODULES = ("up", "migrate", "admin", "kafka", "dlq")


@click.group()
def cli() -> None:
    """EventXperts platform commands."""


def _register_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"eventxperts_cli.{name}")
        except ModuleNotFoundError as error:
            if error.name == f"eventxperts_cli.{name}":
                continue  # that command is not built yet
            raise
        for command in module.COMMANDS:
            cli.add_command(command)


_register_commands()


def main() -> None:
    cli()
