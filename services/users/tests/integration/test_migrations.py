"""`alembic upgrade head` on an empty database, and back down again."""

from __future__ import annotations

import uuid

import psycopg
from alembic import command
from servicekit.migrations import alembic_config, upgrade_to_head
from servicekit.postgres import drop_database, with_database
from users_service.service import SERVICE

TABLES = {
    "users",
    "user_roles",
    "profiles",
    "refresh_tokens",
    "login_failures",
    "address_login_failures",
    "signing_keys",
    "outbox",
    "token_revocations",
    "phone_codes",
    "phone_code_request_levels",
}


def tables_in(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {row[0] for row in rows} - {"alembic_version"}


def test_upgrade_head_on_an_empty_database_creates_every_table_and_downgrade_removes_them(
    pg_server_url: str,
) -> None:
    url = with_database(pg_server_url, f"test_users_migrations_{uuid.uuid4().hex[:8]}")
    try:
        upgrade_to_head(SERVICE.migrations_dir, url)
        assert tables_in(url) >= TABLES
        command.downgrade(alembic_config(SERVICE.migrations_dir, url), "base")
        assert tables_in(url) == set()
    finally:
        drop_database(url)
