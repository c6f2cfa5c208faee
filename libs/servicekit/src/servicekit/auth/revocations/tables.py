"""The token-revocation read model every service database has (created by
`migration_ops.create_revocation_tables`), fed from the users service's events by servicekit's own
consumers and read by the token verifier.

One row per revoked subject or session: a subject's tokens issued at or before `revoked_at` are
refused (its roles changed, it was deactivated or erased), and a session's tokens are refused
whenever they were issued (it was signed out or its refresh-token family was revoked).
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, DateTime, MetaData, Table, Text, text

from servicekit.db import NAMING_CONVENTION


class Scope(StrEnum):
    """What a revocation names: a token's `sub`, or its `sid`."""

    SUBJECT = "subject"
    SESSION = "session"


revocation_metadata = MetaData(naming_convention=NAMING_CONVENTION)

token_revocations = Table(
    "token_revocations",
    revocation_metadata,
    Column("scope", Text, primary_key=True),
    Column("value", Text, primary_key=True),
    Column("revoked_at", DateTime(timezone=True), nullable=False, index=True),
    # When this database learned of it (not the transaction's start): caches read what is new since
    # their last look by this column.
    Column(
        "recorded_at",
        DateTime(timezone=True),
        nullable=False,
        server_default=text("clock_timestamp()"),
        index=True,
    ),
    CheckConstraint("scope IN ('subject', 'session')", name="scope"),
)
