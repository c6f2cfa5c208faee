"""`eventxperts dlq` on a real service database: list, show, replay, and typed errors."""

from __future__ import annotations

import asyncio
import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime

import psycopg
import pytest
from click.testing import CliRunner
from eventxperts_cli.main import cli
from pydantic import BaseModel
from servicekit.consumers.dead_letters import park
from servicekit.db import create_engine, session_factory
from servicekit.events import Event, envelope_for
from servicekit.outbox.tables import outbox_metadata
from servicekit.postgres import drop_database, ensure_database, with_database
from servicekit.settings import service_database_name


class Booked(BaseModel):
    booking_id: str


@pytest.fixture
def service(pg_server_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A service whose database holds one parked dead letter; DATABASE_URL points the CLI at it."""
    name = f"dlq{uuid.uuid4().hex[:8]}"
    url = with_database(pg_server_url, service_database_name(name))
    ensure_database(url)
    asyncio.run(_park_one(url, name))
    monkeypatch.setenv("DATABASE_URL", pg_server_url)
    yield name
    drop_database(url)


async def _park_one(url: str, service: str) -> None:
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
    event = Event(type="calendar.booking.confirmed", version=1, key="b-42", payload=Booked(booking_id="b-42"))
    async with session_factory(engine)() as session, session.begin():
        await park(
            session,
            envelope_for(event, producer="calendar", trace_id="req-1"),
            error="KeyError('venue')",
            attempts=5,
        )
    await engine.dispose()


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_list_shows_each_parked_event_with_its_error(service: str) -> None:
    code, output = run("dlq", "--service", service, "list")
    assert code == 0
    [line] = output.splitlines()
    assert line.split()[:4] == ["1", "parked", "5x", "calendar.booking.confirmed"]
    assert "key=b-42" in line
    assert "KeyError('venue')" in line


def test_show_prints_the_whole_dead_letter_with_its_envelope(service: str) -> None:
    code, output = run("dlq", "--service", service, "show", "1")
    assert code == 0
    shown = json.loads(output)
    assert shown["envelope"]["payload"] == {"booking_id": "b-42"}
    assert shown["envelope"]["trace_id"] == "req-1"
    assert (shown["status"], shown["attempts"]) == ("parked", 5)


def test_replay_asks_the_service_to_apply_it_again_once(service: str) -> None:
    assert run("dlq", "--service", service, "replay", "1")[0] == 0
    shown = json.loads(run("dlq", "--service", service, "show", "1")[1])
    assert shown["status"] == "replay requested"
    assert datetime.fromisoformat(shown["replay_requested_at"]) <= datetime.now(UTC)
    assert "replay requested for 0 dead letter(s)" in run("dlq", "--service", service, "replay", "--all")[1]


def test_an_unknown_dead_letter_is_a_typed_error_not_a_traceback(service: str) -> None:
    result = CliRunner().invoke(cli, ["dlq", "--service", service, "show", "999"])
    assert result.exit_code != 0
    assert "DEAD_LETTER_NOT_FOUND" in result.output
    # click's own exit with a message, not an exception escaping the command
    assert isinstance(result.exception, SystemExit), result.exception


def test_an_unknown_service_is_a_typed_error_and_leaves_no_database_behind(
    pg_server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_server_url)
    name = f"dlq{uuid.uuid4().hex[:8]}"
    code, output = run("dlq", "--service", name, "list")
    assert code != 0
    assert "DLQ_UNAVAILABLE" in output
    with psycopg.connect(pg_server_url) as connection:
        found = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (service_database_name(name),)
        )
        assert found.fetchone() is None


def test_a_service_database_without_event_tables_is_a_typed_error(
    pg_server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", pg_server_url)
    name = f"dlq{uuid.uuid4().hex[:8]}"
    url = with_database(pg_server_url, service_database_name(name))
    ensure_database(url)
    try:
        code, output = run("dlq", "--service", name, "list")
    finally:
        drop_database(url)
    assert code != 0
    assert "DLQ_UNAVAILABLE" in output
