"""Alembic, one tree per service: a runner for the CLI and tests, and the body of every env.py."""

from __future__ import annotations

from pathlib import Path

from alembic import command, context
from alembic.config import Config
from sqlalchemy import MetaData, create_engine, pool

from servicekit.postgres import ensure_database, sqlalchemy_url


def alembic_config(script_location: Path, url: str) -> Config:
    """A programmatic Alembic config for one service's migration tree."""
    config = Config()
    config.set_main_option("script_location", str(script_location))
    rendered = sqlalchemy_url(url).render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", rendered.replace("%", "%%"))
    return config


def upgrade_to_head(script_location: Path, url: str) -> None:
    """Create the database if needed and apply every migration."""
    ensure_database(url)
    command.upgrade(alembic_config(script_location, url), "head")


def run_env(target_metadata: MetaData | list[MetaData]) -> None:
    """The whole of a service's `env.py`: online migrations with a lock timeout, so a migration
    waiting on a busy table fails fast instead of stalling the service."""
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("sqlalchemy.url is not set for this migration run")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        connection.exec_driver_sql("SET lock_timeout = '5s'")
        connection.exec_driver_sql("SET statement_timeout = '60s'")
        # Session settings outlive the transaction the SETs began; ending it lets a migration step out
        # of its own into `autocommit_block` (CREATE INDEX CONCURRENTLY), which Alembic refuses inside
        # a transaction it did not begin.
        connection.commit()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            compare_type=True,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
