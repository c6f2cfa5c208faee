"""`eventxperts`: the platform's command line (start it, migrate, inspect events) and, found through
the registry of services, each service's own operator commands (`<package>.commands.COMMANDS`)."""

from __future__ import annotations

import importlib

import click
from servicekit.registry import load_registry

from eventxperts_cli import demo, dlq, kafka, migrate, sdl, up

COMMAND_MODULES = (up, migrate, demo, sdl, kafka, dlq)


@click.group()
def cli() -> None:
    """EventXperts platform commands."""


def service_commands() -> list[click.Command]:
    """The operator commands the registered services declare; a service may declare none."""
    commands: list[click.Command] = []
    for entry in load_registry():
        try:
            module = importlib.import_module(f"{entry.package}.commands")
        except ModuleNotFoundError as error:
            if error.name != f"{entry.package}.commands":
                raise
            continue
        commands.extend(module.COMMANDS)
    return commands


for _module in COMMAND_MODULES:
    for _command in _module.COMMANDS:
        cli.add_command(_command)
for _command in service_commands():
    cli.add_command(_command)


def main() -> None:
    cli()
