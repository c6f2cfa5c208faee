"""Alembic operations that create the token-revocation read model in a service's database."""

from __future__ import annotations

from typing import Any

from servicekit.auth.revocations.tables import token_revocations


def create_revocation_tables(op: Any) -> None:
    """Call from a service's migrations (beside `create_outbox_tables`): without this table every
    authenticated request to the service is refused, since revocations cannot be checked."""
    token_revocations.create(op.get_bind(), checkfirst=True)


def drop_revocation_tables(op: Any) -> None:
    token_revocations.drop(op.get_bind(), checkfirst=True)
