"""Whether a database can make trigrams of Telugu: pg_trgm keeps only the characters its ctype
calls alphanumeric, and under the C ctype no Telugu letter is (decision 0029)."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

_PROBE = "తెలుగు"


@dataclass(frozen=True)
class CtypeCheck:
    ctype: str
    telugu_trigrams: bool


async def trigram_ctype_check(db: AsyncConnection | AsyncSession) -> CtypeCheck:
    """The database's ctype and whether pg_trgm makes trigrams of a Telugu word in it."""
    ctype = await db.scalar(sa.text("SELECT datctype FROM pg_database WHERE datname = current_database()"))
    trigrams = await db.scalar(sa.text("SELECT cardinality(show_trgm(:probe))"), {"probe": _PROBE})
    return CtypeCheck(str(ctype), bool(trigrams))
