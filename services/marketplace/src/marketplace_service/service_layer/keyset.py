"""Keyset (seek) pages: a cursor carries the sort keys of the last row shown, and the next page is
the rows after it in the same order, found through the index instead of counted past (OFFSET reads
and throws away every earlier row, and shifts when rows are added between pages).

A cursor is opaque base64url JSON `{"s": <sort name>, "k": [<keys>...]}`; the keys are the ORDER BY
expressions' values of the last row, the row id last, so every order is total. Floats travel as
their repr (exact for a float8) and timestamps as ISO 8601.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from textsearch import threshold_statement

from marketplace_service.domain.errors import MarketError, MarketErrorCode

if TYPE_CHECKING:
    from marketplace_service.service_layer.dependencies import UseCaseDependencies

MAX_PAGE = 100


@dataclass(frozen=True)
class SortKey:
    """One ORDER BY expression, its direction and how its values cross the cursor."""

    expression: sa.ColumnElement[Any]
    descending: bool
    kind: type  # int, float, datetime or uuid.UUID

    def ordered(self) -> sa.ColumnElement[Any]:
        return self.expression.desc() if self.descending else self.expression.asc()


def _bad_cursor() -> MarketError:
    return MarketError(MarketErrorCode.INVALID_CURSOR, "That page cursor is not one of ours.", "after")


def _out(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    return float(value) if not isinstance(value, int | float) else value


def _in(value: Any, kind: type) -> Any:
    if kind is datetime:
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            raise ValueError("naive time in a cursor")
        return parsed
    if kind is uuid.UUID:
        return uuid.UUID(str(value))
    if kind is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise ValueError("not an integer")
    if kind is float and not isinstance(value, int | float):
        raise ValueError("not a number")
    return kind(value)


def encode(sort: str, values: Sequence[Any]) -> str:
    body = json.dumps({"s": sort, "k": [_out(v) for v in values]}, separators=(",", ":"))
    return base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")


def decode(cursor: str | None, sort: str, keys: Sequence[SortKey]) -> list[Any] | None:
    """The last row's keys, or None for the first page; INVALID_CURSOR for anything not ours."""
    if not cursor:
        return None
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if not isinstance(raw, dict) or raw.get("s") != sort or len(raw.get("k", ())) != len(keys):
            raise ValueError("another order's cursor")
        return [_in(v, k.kind) for v, k in zip(raw["k"], keys, strict=True)]
    except (ValueError, TypeError, UnicodeDecodeError):
        raise _bad_cursor() from None


def after(keys: Sequence[SortKey], values: Sequence[Any]) -> sa.ColumnElement[bool]:
    """Rows strictly after `values` in the keys' order: (a after x) or (a = x and (b after y)) ..."""
    condition: sa.ColumnElement[bool] | None = None
    for key, value in reversed(list(zip(keys, values, strict=True))):
        bound = sa.literal(value, type_=key.expression.type)
        beyond = key.expression < bound if key.descending else key.expression > bound
        condition = (
            beyond if condition is None else sa.or_(beyond, sa.and_(key.expression == bound, condition))
        )
    assert condition is not None
    return condition


def page_size(first: int) -> int:
    if not 1 <= first <= MAX_PAGE:
        raise MarketError(MarketErrorCode.INVALID_PAGE_SIZE, f"Ask for 1 to {MAX_PAGE}.", "first")
    return first


async def page(
    deps: UseCaseDependencies,
    statement: sa.Select[Any],
    keys: Sequence[SortKey],
    sort_name: str,
    first: int,
    cursor: str | None,
    *,
    fuzzy: bool = False,
) -> tuple[list[Any], str | None]:
    """One page of `statement` in the keys' order after `cursor`, and the next page's cursor (None
    on the last page). `fuzzy`: the statement uses trigram word similarity (its threshold is set)."""
    page_size(first)
    last = decode(cursor, sort_name, keys)
    query = statement.add_columns(*(k.expression.label(f"_k{n}") for n, k in enumerate(keys)))
    query = query.order_by(*(k.ordered() for k in keys)).limit(first + 1)
    if last is not None:
        query = query.where(after(keys, last))
    async with deps.unit_of_work() as uow:
        if fuzzy:
            await uow.session.execute(threshold_statement())
        rows = list((await uow.session.execute(query)).all())
    shown = rows[:first]
    if len(rows) <= first:
        return shown, None
    return shown, encode(sort_name, [shown[-1]._mapping[f"_k{n}"] for n in range(len(keys))])
