"""The operator's commands against a real database: migrate, create the first super admin, rotate keys."""

from __future__ import annotations

import uuid

import pytest
from click.testing import CliRunner, Result
from eventxperts_cli.main import cli


@pytest.fixture
def runner(pg_server_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("DATABASE_URL", pg_server_url)
    monkeypatch.setenv("ARGON2_MEMORY_KIB", "8192")
    monkeypatch.setenv("ARGON2_TIME_COST", "1")
    runner = CliRunner()
    result = runner.invoke(cli, ["migrate"])
    assert result.exit_code == 0, result.output
    return runner


def unique(name: str) -> str:
    # DATABASE_URL may name a server that keeps its data between runs.
    return f"{name}-{uuid.uuid4().hex[:8]}@eventxperts.app"


def create(runner: CliRunner, email: str, phone: str = "+91 98480 22338") -> Result:
    return runner.invoke(
        cli,
        [
            "admin",
            "create",
            "--email",
            email,
            "--name",
            "Operator",
            "--phone",
            phone,
            "--password",
            "Operator2026x",
        ],
    )


def refused(result: Result) -> str:
    """The output of a command that stopped with a message (click's exit), not an exception."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), result.exception
    return result.output


def test_the_first_super_admin_is_created(runner: CliRunner) -> None:
    email = unique("ops")
    result = create(runner, email)
    assert result.exit_code == 0, result.output
    assert f"super admin {email} created" in result.output


def test_bad_input_is_a_clear_message_not_a_traceback(runner: CliRunner) -> None:
    assert "INVALID_PHONE" in refused(create(runner, unique("ops"), phone="12345"))


def test_an_email_that_exists_is_refused(runner: CliRunner) -> None:
    email = unique("ops")
    assert create(runner, email).exit_code == 0
    assert "EMAIL_TAKEN" in refused(create(runner, email))


def test_rotating_the_signing_key_names_the_new_key(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["admin", "rotate-key"])
    second = runner.invoke(cli, ["admin", "rotate-key"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert first.output != second.output
