"""EventXperts users service: accounts, roles, profiles and the built-in token issuer."""

from users_service.migrations import alembic_ini_path, migrations_path

__all__ = ["alembic_ini_path", "migrations_path"]
