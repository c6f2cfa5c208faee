"""The unit of work against real PostgreSQL: the change and its events commit together or not at all."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import BaseModel
from servicekit.db import create_engine, session_factory
from servicekit.errors import ServiceBusy
from servicekit.events import Event
from servicekit.postgres import ensure_database, with_database
from servicekit.request_context import bind_request_id
from servicekit.uow import SqlAlchemyUnitOfWork
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine


class Thing(BaseModel):
    name: str


@pytest.fixture(scope="module")
async def engine(pg_server_url: str) -> AsyncIterator[AsyncEngine]:
    import uuid

    url = with_database(pg_server_url, f"test_uow_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    engine = create_engine(url)
    async with engine.begin() as connection:
        await connection.execute(text("CREATE TABLE things (name text primary key)"))
        from servicekit.outbox.tables import outbox

        await connection.run_sync(outbox.create)
    yield engine
    await engine.dispose()


def thing_added(name: str) -> Event:
    return Event(type="test.thing.added", version=1, key=name, payload=Thing(name=name))


async def count(engine: AsyncEngine, sql: str) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text(sql))).scalar_one())


async def test_commit_writes_the_change_and_its_event_together(engine: AsyncEngine) -> None:
    bind_request_id("req-123")
    uow = SqlAlchemyUnitOfWork(session_factory(engine), producer="test")
    async with uow:
        await uow.session.execute(text("INSERT INTO things VALUES ('chair')"))
        uow.publish(thing_added("chair"))
        await uow.commit()

    assert await count(engine, "SELECT count(*) FROM things WHERE name = 'chair'") == 1
    async with engine.connect() as connection:
        row = (
            await connection.execute(text("SELECT topic, key, envelope FROM outbox WHERE key = 'chair'"))
        ).one()
    assert row.topic == "test.thing.v1"
    assert row.envelope["trace_id"] == "req-123"
    assert row.envelope["payload"] == {"name": "chair"}
    assert row.envelope["producer"] == "test"


async def test_leaving_without_commit_loses_both_change_and_event(engine: AsyncEngine) -> None:
    uow = SqlAlchemyUnitOfWork(session_factory(engine), producer="test")
    async with uow:
        await uow.session.execute(text("INSERT INTO things VALUES ('tent')"))
        uow.publish(thing_added("tent"))

    assert await count(engine, "SELECT count(*) FROM things WHERE name = 'tent'") == 0
    assert await count(engine, "SELECT count(*) FROM outbox WHERE key = 'tent'") == 0


async def test_a_failed_use_case_writes_no_event(engine: AsyncEngine) -> None:
    uow = SqlAlchemyUnitOfWork(session_factory(engine), producer="test")

    async def add_lamp_twice() -> None:
        async with uow:
            uow.publish(thing_added("lamp"))
            await uow.session.execute(text("INSERT INTO things VALUES ('lamp')"))
            await uow.session.execute(text("INSERT INTO things VALUES ('lamp')"))
            await uow.commit()

    with pytest.raises(IntegrityError):
        await add_lamp_twice()
    assert await count(engine, "SELECT count(*) FROM outbox WHERE key = 'lamp'") == 0


async def select_in_unit_of_work(engine: AsyncEngine, *statements: str) -> None:
    async with SqlAlchemyUnitOfWork(session_factory(engine), producer="test") as uow:
        for statement in statements:
            await uow.session.execute(text(statement))


async def test_no_connection_free_in_time_is_a_typed_retryable_answer(engine: AsyncEngine) -> None:
    small = create_engine(
        engine.url.render_as_string(hide_password=False), pool_size=1, pool_wait_seconds=0.1
    )
    try:
        async with small.connect():  # the only connection, taken
            with pytest.raises(ServiceBusy) as refused:
                await select_in_unit_of_work(small, "SELECT 1")
        assert refused.value.code == "TOO_BUSY"
    finally:
        await small.dispose()


async def test_a_row_lock_not_granted_in_time_is_a_typed_retryable_answer(engine: AsyncEngine) -> None:
    async with engine.begin() as holder:
        await holder.execute(text("INSERT INTO things VALUES ('sofa') ON CONFLICT DO NOTHING"))
    async with engine.begin() as holder:
        await holder.execute(text("SELECT * FROM things WHERE name = 'sofa' FOR UPDATE"))
        with pytest.raises(ServiceBusy):
            await select_in_unit_of_work(
                engine,
                "SET LOCAL lock_timeout = '100ms'",
                "SELECT * FROM things WHERE name = 'sofa' FOR UPDATE",
            )


def test_topics_are_per_aggregate_and_version() -> None:
    event = Event(type="calendar.booking.confirmed", version=2, key="b1", payload=Thing(name="x"))
    assert event.topic == "calendar.booking.v2"


async def test_a_joined_unit_of_work_leaves_the_transaction_to_its_owner(engine: AsyncEngine) -> None:
    """As a consumer runs a use case: the use case's commit writes its outbox rows, but the runner's
    transaction decides; rolled back there, neither the change nor the event is kept."""
    async with session_factory(engine)() as session, session.begin():
        joined = SqlAlchemyUnitOfWork.joining(session, producer="test", trace_id="trace-7")
        async with joined:
            await joined.session.execute(text("INSERT INTO things VALUES ('lamp')"))
            joined.publish(thing_added("lamp"))
            await joined.commit()
        assert session.in_transaction()
        row = (await session.execute(text("SELECT envelope FROM outbox WHERE key = 'lamp'"))).scalar_one()
        assert row["trace_id"] == "trace-7"
        await session.rollback()

    assert await count(engine, "SELECT count(*) FROM things WHERE name = 'lamp'") == 0
    assert await count(engine, "SELECT count(*) FROM outbox WHERE key = 'lamp'") == 0
