"""What every registered service gets checked for without writing a test: its declaration matches its
registry entry, the committed SDL is what its code prints, its migrations reach head on an empty
database (with the revoked-token read model servicekit's verifier reads) and come back, and README's
component table has its row."""

from __future__ import annotations

import importlib.util
import uuid

import psycopg
import pytest
from alembic import command
from servicekit.auth.revocations.tables import token_revocations
from servicekit.migrations import alembic_config, upgrade_to_head
from servicekit.postgres import drop_database, with_database
from servicekit.registry import DEFAULT_REGISTRY, REPO_ROOT, RegisteredService, load_registry
from servicekit.service import definition_of, printed_sdl

SERVICES = load_registry()


def named(entry: RegisteredService) -> str:
    return entry.name


def tables_in(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows}


@pytest.mark.parametrize("entry", SERVICES, ids=named)
def test_the_declaration_is_the_registered_service(entry: RegisteredService) -> None:
    definition = definition_of(entry)
    assert definition.name == entry.name
    assert definition.root == entry.root
    assert importlib.util.find_spec(f"{entry.package}.__main__") is not None, "python -m <package>"


@pytest.mark.parametrize("entry", SERVICES, ids=named)
def test_the_committed_sdl_is_what_the_code_prints(entry: RegisteredService) -> None:
    definition = definition_of(entry)
    assert definition.schema_file.read_text(encoding="utf-8") == printed_sdl(definition), (
        f"run `uv run eventxperts sdl {entry.name}` and commit {definition.schema_file}"
    )


@pytest.mark.parametrize("entry", SERVICES, ids=named)
def test_migrations_reach_head_on_an_empty_database_and_go_back(
    entry: RegisteredService, pg_server_url: str
) -> None:
    migrations = definition_of(entry).migrations_dir
    url = with_database(pg_server_url, f"test_{entry.name}_migrations_{uuid.uuid4().hex[:8]}")
    try:
        upgrade_to_head(migrations, url)
        assert token_revocations.name in tables_in(url), (
            "its migrations must call servicekit's create_revocation_tables (docs/adding-a-service.md)"
        )
        command.downgrade(alembic_config(migrations, url), "base")
        upgrade_to_head(migrations, url)
    finally:
        drop_database(url)


@pytest.mark.parametrize("entry", load_registry(DEFAULT_REGISTRY), ids=named)
def test_readme_lists_the_service_with_its_port(entry: RegisteredService) -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    row = next((line for line in readme.splitlines() if line.startswith(f"| {entry.name} service |")), None)
    assert row is not None, f"README's component table has no row for the {entry.name} service"
    assert f"| {entry.port} |" in row
    assert f"python -m {entry.package}" in row


@pytest.mark.parametrize("entry", SERVICES, ids=named)
def test_a_service_with_a_tests_package_is_a_package_itself(entry: RegisteredService) -> None:
    """pytest (importlib mode) names a test module after its package chain: without
    services/<name>/__init__.py two services' tests/conftest.py both become `tests.conftest` and
    collection fails (services/__init__.py)."""
    if (entry.root / "tests" / "__init__.py").exists():
        assert (entry.root / "__init__.py").exists(), f"{entry.root}/__init__.py is missing"
        assert (entry.root.parent / "__init__.py").exists(), f"{entry.root.parent}/__init__.py is missing"
