"""Pytest fixtures: a real PostgreSQL per test session, a fresh migrated database per service, and
each test isolated in a transaction that is rolled back; a real S3-compatible server when a test asks.

Enable with `pytest_plugins = ["servicekit.testing"]` in a conftest.py.
"""

from servicekit.testing import ast_guard
from servicekit.testing.fixtures import (
    isolated_sessions,
    make_migrated_database,
    pg_server_url,
    s3_server,
)

__all__ = ["isolated_sessions", "make_migrated_database", "pg_server_url", "pytest_configure", "s3_server"]


def pytest_configure() -> None:
    ast_guard.install()
