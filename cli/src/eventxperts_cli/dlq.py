"""`eventxperts dlq list | show | replay`: a service's dead letters, in its own database."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click
from servicekit.consumers.dead_letters import (
    DeadLetter,
    DeadLetterNotFound,
    get_dead_letter,
    list_dead_letters,
    request_replay,
)
from servicekit.db import create_engine
from servicekit.postgres import server_url, with_database
from servicekit.settings import ServiceSettings
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine

T = TypeVar("T")


@click.group("dlq")
@click.option("--service", required=True, help="Whose dead letters: users, calendar, billing, ...")
@click.option(
    "--data-dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Embedded PostgreSQL data directory (default: settings' DATA_DIR, .data).",
)
@click.pass_context
def dlq(context: click.Context, service: str, data_dir: Path | None) -> None:
    """Inspect and replay events a service's consumers gave up on."""
    settings = ServiceSettings(service_name=service)
    context.obj = settings.model_copy(update={"data_dir": data_dir}) if data_dir else settings


@dlq.command("list")
@click.option("--all", "include_replayed", is_flag=True, help="Also show dead letters already replayed.")
@click.pass_obj
def list_command(settings: ServiceSettings, include_replayed: bool) -> None:
    """One line per dead letter: id, status, attempts, type, key, error."""
    letters = _run(settings, lambda engine: list_dead_letters(engine, include_replayed=include_replayed))
    if not letters:
        click.echo(f"no dead letters in {settings.service_name}")
    for letter in letters:
        error = letter.error.splitlines()[0][:80] if letter.error else ""
        click.echo(
            f"{letter.id:>6}  {letter.status:<16} {letter.attempts:>3}x  {letter.type}  "
            f"key={letter.key}  {error}"
        )


@dlq.command("show")
@click.argument("dead_letter_id", type=int)
@click.pass_obj
def show_command(settings: ServiceSettings, dead_letter_id: int) -> None:
    """The dead letter with its full error and envelope, as JSON."""
    letter = _run(settings, lambda engine: get_dead_letter(engine, dead_letter_id))
    click.echo(json.dumps(_as_json(letter), indent=2, ensure_ascii=False))


@dlq.command("replay")
@click.argument("dead_letter_ids", type=int, nargs=-1)
@click.option("--all", "replay_all", is_flag=True, help="Replay every parked dead letter.")
@click.pass_obj
def replay_command(settings: ServiceSettings, dead_letter_ids: tuple[int, ...], replay_all: bool) -> None:
    """Ask the running service to apply these dead letters again (after the fix is deployed)."""
    if not dead_letter_ids and not replay_all:
        raise click.UsageError("name dead letter ids, or --all")
    ids = None if replay_all else list(dead_letter_ids)
    requested = _run(settings, lambda engine: request_replay(engine, ids))
    if ids is not None and (missing := sorted(set(ids) - set(requested))):
        click.echo(f"not parked (unknown, already replayed or already requested): {missing}", err=True)
    click.echo(
        f"replay requested for {len(requested)} dead letter(s) {requested}; "
        f"{settings.service_name}'s consumer applies them while it runs"
    )


def _run(settings: ServiceSettings, operation: Callable[[AsyncEngine], Awaitable[T]]) -> T:
    async def run() -> T:
        # Where the service's database is, as the service resolves it, but never created here: a
        # mistyped service name must not leave an empty database behind.
        engine = create_engine(with_database(server_url(settings), settings.database_name), pool_size=1)
        try:
            return await operation(engine)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(run())
    except DeadLetterNotFound as error:
        raise click.ClickException(f"{error.code}: {error}") from error
    except DBAPIError as error:
        problem = f"cannot read {settings.database_name} (is it migrated?): {error.orig}"
        raise click.ClickException(f"DLQ_UNAVAILABLE: {problem}") from error


def _as_json(letter: DeadLetter) -> dict[str, object]:
    return {
        "id": letter.id,
        "status": letter.status,
        "event_id": str(letter.event_id),
        "type": letter.type,
        "topic": letter.topic,
        "key": letter.key,
        "attempts": letter.attempts,
        "parked_at": letter.parked_at.isoformat(),
        "replay_requested_at": letter.replay_requested_at.isoformat() if letter.replay_requested_at else None,
        "replayed_at": letter.replayed_at.isoformat() if letter.replayed_at else None,
        "error": letter.error,
        "envelope": letter.envelope,
    }


COMMANDS = [dlq]
