"""The operator's commands against a real database: migrate, create the first super admin, rotate keys."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
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


def create(runner: CliRunner, email: str, phone: str = "+91 98480 22338") -> tuple[int, str]:
    result = runner.invoke(cli, ["admin", "create", "--email", email, "--name", "Operator",
                                 "--phone", phone, "--password", "Operator2026x"])
    return result.exit_code, result.output


def test_the_first_super_admin_is_created(runner: CliRunner) -> None:
    code, output = create(runner, "ops1@eventxperts.app")
    assert code == 0, output
    assert "super admin ops1@eventxperts.app created" in output


def test_bad_input_is_a_clear_message_not_a_traceback(runner: CliRunner) -> None:
    code, output = create(runner, "ops2@eventxperts.app", phone="12345")
    assert code == 1
    assert "INVALID_PHONE" in output
    assert "Traceback" not in output


def test_an_email_that_exists_is_refused(runner: CliRunner) -> None:
    assert create(runner, "ops3@eventxperts.app")[0] == 0
    code, output = create(runner, "ops3@eventxperts.app")
    assert code == 1
    assert "EMAIL_TAKEN" in output


def test_rotating_the_signing_key_names_the_new_key(runner: CliRunner) -> None:
    first = runner.invoke(cli, ["admin", "rotate-key"])
    second = runner.invoke(cli, ["admin", "rotate-key"])
    assert first.exit_code == 0, first.output
    assert second.exit_code == 0, second.output
    assert first.output != second.output
