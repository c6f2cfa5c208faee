"""Where the users database's migrations are, and applying them (`eventxperts migrate` uses
`migrations_path()`; the service applies them itself only with RUN_MIGRATIONS_ON_START=true)."""

from __future__ import annotations

from pathlib import Path

from servicekit.migrations import upgrade_to_head

SERVICE_ROOT = Path(__file__).resolve().parents[2]


def alembic_ini_path() -> Path:
    return SERVICE_ROOT / "alembic.ini"


def migrations_path() -> Path:
    return SERVICE_ROOT / "migrations"


def apply_migrations(database_url: str) -> None:
    """Create the database if needed and bring it to the newest revision."""
    upgrade_to_head(migrations_path(), database_url)
