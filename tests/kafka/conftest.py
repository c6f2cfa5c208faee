"""Fixtures for the event CLI commands: the session's real PostgreSQL from servicekit.testing."""

from servicekit.testing.fixtures import pg_server_url

__all__ = ["pg_server_url"]
