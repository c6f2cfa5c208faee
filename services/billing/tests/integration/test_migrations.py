"""The migrations build exactly the tables the code declares: a model edited without a revision of its
own (or a revision edited after it shipped) shows up here as a difference."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from billing_service.adapters import tables
from servicekit.postgres import sqlalchemy_url

# Revision 0002 makes its tables from today's model and takes off what later revisions add.
DECLARED = tables.metadata
OURS = set(DECLARED.tables)


def _ours(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    table = obj.name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table in OURS


def test_the_migrated_database_matches_the_declared_tables(service_database_url: str) -> None:
    url = sqlalchemy_url(service_database_url).set(drivername="postgresql+psycopg")
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_object": _ours, "compare_type": True}
            )
            differences = compare_metadata(context, DECLARED)
    finally:
        engine.dispose()
    assert differences == []
