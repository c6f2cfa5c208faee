"""Against a real PostgreSQL (the embedded one, initialised with C.UTF-8 by servicekit)."""

import uuid
from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa
from servicekit.db import create_engine
from servicekit.postgres import drop_database, ensure_database, with_database
from sqlalchemy.ext.asyncio import AsyncEngine
from textsearch import (
    TRIGRAM_EXTENSION,
    index_statements,
    search_key,
    text_match,
    threshold_statement,
    trigram_ctype_check,
    words_column,
)

metadata = sa.MetaData()
listings = sa.Table(
    "listings",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("search_key", sa.Text, nullable=False),
    words_column("search_words", "search_key"),
)
TITLES = {
    1: "Lakshmi Shamiana and Tent House",
    2: "వెంకటేశ్వర డెకరేషన్స్",
    3: "Sri Sai Catering",
    4: "మహాలక్ష్మి లైటింగ్",
    5: "Photography by Ravi",
}


@pytest.fixture
async def engine(pg_server_url: str) -> AsyncIterator[AsyncEngine]:
    url = with_database(pg_server_url, f"test_textsearch_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(sa.text(TRIGRAM_EXTENSION))
        await connection.run_sync(metadata.create_all)
        for statement in index_statements("listings", "search_key", "search_words"):
            await connection.execute(sa.text(statement))
        await connection.execute(
            listings.insert(),
            [{"id": i, "title": t, "search_key": search_key(t)} for i, t in TITLES.items()],
        )
    yield engine
    await engine.dispose()
    drop_database(url)


async def found(engine: AsyncEngine, query: str) -> list[int]:
    match = text_match(listings.c.search_key, listings.c.search_words, query)
    assert match is not None
    async with engine.begin() as connection:
        await connection.execute(threshold_statement())
        rows = await connection.execute(
            sa.select(listings.c.id).where(match.condition).order_by(match.rank.desc(), listings.c.id)
        )
        return list(rows.scalars())


async def test_the_embedded_database_has_a_utf8_ctype_that_makes_telugu_trigrams(engine: AsyncEngine) -> None:
    async with engine.connect() as connection:
        check = await trigram_ctype_check(connection)
        similarity = await connection.scalar(sa.text("SELECT similarity('షామియానా', 'షామియాన')"))
    assert check.ctype.upper().replace("-", "") == "C.UTF8"
    assert check.telugu_trigrams
    assert similarity > 0.5


async def test_under_the_c_ctype_telugu_has_no_trigrams(engine: AsyncEngine) -> None:
    # Why the ctype is pinned: the same probe in a database created with LC_CTYPE C finds nothing.
    url = engine.url.render_as_string(hide_password=False).replace("+psycopg", "")
    c_url = with_database(url, f"test_ctype_c_{uuid.uuid4().hex[:8]}")
    name = sa.engine.make_url(c_url).database
    async with engine.connect() as connection:
        await connection.execution_options(isolation_level="AUTOCOMMIT")
        await connection.execute(
            sa.text(f"CREATE DATABASE {name} TEMPLATE template0 LC_CTYPE 'C' LC_COLLATE 'C'")
        )
    c_engine = create_engine(c_url)
    try:
        async with c_engine.begin() as connection:
            await connection.execute(sa.text(TRIGRAM_EXTENSION))
            check = await trigram_ctype_check(connection)
        assert check.ctype == "C"
        assert not check.telugu_trigrams
    finally:
        await c_engine.dispose()
        drop_database(c_url)


async def test_a_telugu_query_finds_an_english_listing(engine: AsyncEngine) -> None:
    assert (await found(engine, "షామియానా"))[0] == 1


async def test_an_english_query_finds_a_telugu_listing(engine: AsyncEngine) -> None:
    assert (await found(engine, "Venkateswara decorations"))[0] == 2
    assert (await found(engine, "lighting"))[0] == 4
    assert (await found(engine, "క్యాటరింగ్"))[0] == 3


async def test_misspellings_still_find_the_listing(engine: AsyncEngine) -> None:
    assert (await found(engine, "shamiyana"))[0] == 1
    assert (await found(engine, "caterng"))[0] == 3
    assert (await found(engine, "fotography"))[0] == 5


async def test_an_unrelated_query_finds_nothing(engine: AsyncEngine) -> None:
    assert await found(engine, "bicycle repair") == []


def test_a_query_without_words_has_no_match() -> None:
    assert text_match(listings.c.search_key, listings.c.search_words, "  !! ") is None
