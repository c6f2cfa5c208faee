"""Pytest fixtures: a real PostgreSQL per test session, a fresh migrated database per service, and
each test isolated in a transaction that is rolled back.

Enable with `pytest_plugins = ["servicekit.testing"]` in a conftest.py.
"""

from servicekit.testing import ast_guard
from servicekit.testing.fixtures import (
    isolated_sessions,
    make_migrated_database,
    pg_server_url,
)

__all__ = ["isolated_sessions", "make_migrated_database", "pg_server_url", "pytest_configure"]


def pytest_configure() -> None:
    ast_guard.install()
