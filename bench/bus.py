"""Event bus benchmark: 10,000 events through each backend, on real parts.

For each backend (the PostgreSQL log; Apache Kafka 4, a broker started here):
- paced: a producing process commits use cases through the unit of work at a fixed rate (default
  1,000/s) and runs its outbox relay, as a producing service does; this process is the consuming
  service. Latency: commit of the producing transaction -> commit of the consuming transaction
  (effect + inbox row). `offered/s` is the rate the producer actually reached;
- burst: 10,000 events already in the outbox, relay and consumer started here: throughput only.

    uv run python bench/bus.py [--events 10000] [--rate 1000] [--backend pglog|kafka|both]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import multiprocessing
import statistics
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel
from servicekit.bus.interface import Bus
from servicekit.bus.kafka_backend import KafkaBus
from servicekit.bus.kafka_broker import KafkaBroker
from servicekit.bus.pglog import PgLogBus
from servicekit.consumers import ConsumerRunner, HandlerRegistry
from servicekit.db import create_engine, session_factory
from servicekit.events import Envelope, Event
from servicekit.outbox.tables import outbox_metadata
from servicekit.postgres import drop_database, ensure_database, start_embedded_server, with_database
from servicekit.relay import OutboxRelay
from servicekit.testing.ports import free_port
from servicekit.uow import SqlAlchemyUnitOfWork
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

KEYS = 100
CALLERS = 16  # concurrent use cases in the producing service
EFFECTS = """CREATE TABLE effects (event_id uuid PRIMARY KEY, committed_at double precision,
             applied_at timestamptz NOT NULL DEFAULT clock_timestamp())"""


class Tick(BaseModel):
    committed_at: float


@dataclass(frozen=True)
class Result:
    backend: str
    mode: str
    events: int
    offered_per_s: float
    published_per_s: float
    consumed_per_s: float
    latencies_ms: list[float]

    def row(self) -> str:
        if self.latencies_ms:
            q = statistics.quantiles(self.latencies_ms, n=100)
            latency = f"{q[49]:>8.1f} {q[94]:>8.1f} {q[98]:>8.1f}"
        else:
            latency = f"{'-':>8} {'-':>8} {'-':>8}"
        offered = f"{self.offered_per_s:>10.0f}" if self.offered_per_s else f"{'-':>10}"
        return (f"{self.backend:<8} {self.mode:<12} {self.events:>7} {offered} {self.published_per_s:>12.0f} "
                f"{self.consumed_per_s:>12.0f} {latency}")


HEADER = (f"{'backend':<8} {'mode':<12} {'events':>7} {'offered/s':>10} {'published/s':>12} "
          f"{'consumed/s':>12} "
          f"{'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")


async def record_effect(session: AsyncSession, envelope: Envelope) -> None:
    await session.execute(text("INSERT INTO effects (event_id, committed_at) VALUES (:id, :at)"),
                          {"id": envelope.id, "at": envelope.payload["committed_at"]})


async def produce(engine: AsyncEngine, service: str, events: int, rate: float | None) -> None:
    """Commit `events` use cases, one event each, paced to `rate` per second by CALLERS concurrent callers."""
    sessions = session_factory(engine)
    start = time.perf_counter()

    async def caller(offset: int) -> None:
        for n in range(offset, events, CALLERS):
            if rate:
                await asyncio.sleep(max(0.0, start + n / rate - time.perf_counter()))
            async with SqlAlchemyUnitOfWork(sessions, producer=service) as uow:
                uow.publish(Event(type=f"{service}.tick.happened", version=1, key=f"k{n % KEYS}",
                                  payload=Tick(committed_at=time.time())))
                await uow.commit()

    await asyncio.gather(*(caller(i) for i in range(CALLERS)))


def producing_service(database_url: str, service: str, events: int, rate: float, bus_spec: BusSpec) -> None:
    """The producing service in its own process, as in production: its use cases and its outbox relay;
    the consuming service (the measuring process) runs the consumer."""

    async def run() -> None:
        engine = create_engine(database_url, pool_size=CALLERS)
        async with bus_spec.started() as bus:
            relay = asyncio.create_task(OutboxRelay(engine, bus).run())
            await produce(engine, service, events, rate)
            while await unsent(engine):  # noqa: ASYNC110 - the relay is in this loop, not signalling
                await asyncio.sleep(0.1)
            relay.cancel()
            await asyncio.gather(relay, return_exceptions=True)
        await engine.dispose()

    asyncio.run(run())


async def unsent(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text(
            "SELECT count(*) FROM outbox WHERE sent_at IS NULL"))).scalar_one())


async def measure(engine: AsyncEngine, events: int,
                  started: float | None) -> tuple[float, float, float, list[float]]:
    """Rates from `started` (epoch seconds; default: the first producing commit) to the last producing
    commit, the last publish and the last consumer commit; and every event's latency."""
    async with engine.connect() as connection:
        if started is None:
            started = float((await connection.execute(text(
                "SELECT min(committed_at) FROM effects"))).scalar_one())
        last_sent = (await connection.execute(text(
            "SELECT extract(epoch FROM max(sent_at)) FROM outbox"))).scalar_one()
        last_committed, last_applied, latencies = (await connection.execute(text(
            "SELECT max(committed_at), extract(epoch FROM max(applied_at)), "
            "array_agg((extract(epoch FROM applied_at) - committed_at) * 1000) FROM effects"))).one()
    return (events / (float(last_committed) - started), events / (float(last_sent) - started),
            events / (float(last_applied) - started), [float(x) for x in latencies])


async def run_once(bus_spec: BusSpec, database_url: str, mode: str, events: int,
                   rate: float | None) -> Result:
    service = f"bench{uuid.uuid4().hex[:6]}"
    engine = create_engine(database_url, pool_size=10)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
        await connection.execute(text(EFFECTS))
    registry = HandlerRegistry()
    registry.register(f"{service}.tick.happened", 1, record_effect)
    if rate is None:
        await produce(engine, service, events, None)
    async with bus_spec.started() as relay_bus, bus_spec.started() as consumer_bus:
        consumer = ConsumerRunner(consumer_bus, session_factory(engine), registry, group=service)
        tasks = [asyncio.create_task(consumer.run())]
        await asyncio.sleep(2)  # the consumer joins its group before the clock starts
        started = time.time()
        if rate is None:
            tasks.append(asyncio.create_task(OutboxRelay(engine, relay_bus).run()))
        else:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                producing = asyncio.get_running_loop().run_in_executor(
                    pool, producing_service, database_url, service, events, rate, bus_spec)
                await wait_for_effects(engine, events)
                await producing
        await wait_for_effects(engine, events)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    offered, published, consumed, latencies = await measure(
        engine, events, started if rate is None else None)
    await engine.dispose()
    return Result(bus_spec.backend, mode, events, offered if rate is not None else 0.0, published, consumed,
                  latencies if rate is not None else [])


async def wait_for_effects(engine: AsyncEngine, events: int) -> None:
    while await count(engine) < events:  # noqa: ASYNC110 - the effects are in another process's reach
        await asyncio.sleep(0.2)


async def count(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int((await connection.execute(text("SELECT count(*) FROM effects"))).scalar_one())


@dataclass(frozen=True)
class BusSpec:
    """Which bus, where: picklable, so the producing process opens its own."""

    backend: str
    where: str

    @contextlib.asynccontextmanager
    async def started(self) -> AsyncIterator[Bus]:
        bus: Bus = KafkaBus(self.where) if self.backend == "kafka" else PgLogBus(self.where)
        await bus.start()
        try:
            yield bus
        finally:
            await bus.stop()




async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=1_000.0)
    parser.add_argument("--backend", choices=["pglog", "kafka", "both"], default="both")
    args = parser.parse_args()

    scratch = Path(tempfile.mkdtemp(prefix="bench-bus-"))
    server = start_embedded_server(scratch)
    results: list[Result] = []
    print(HEADER, flush=True)
    broker: KafkaBroker | None = None
    try:
        for backend in (["pglog", "kafka"] if args.backend == "both" else [args.backend]):
            if backend == "kafka":
                broker = KafkaBroker(scratch / "kafka", port=free_port(), controller_port=free_port())
                broker.start()
                spec = BusSpec("kafka", broker.bootstrap_servers)
            else:
                bus_url = with_database(server, "bench_bus")
                ensure_database(bus_url)
                spec = BusSpec("pglog", bus_url)
            for mode in ("paced", "burst"):
                database = with_database(server, f"bench_{backend}_{mode}")
                ensure_database(database)
                results.append(await run_once(spec, database,
                                              f"{args.rate:.0f}/s" if mode == "paced" else "burst",
                                              args.events, args.rate if mode == "paced" else None))
                drop_database(database)
                print(results[-1].row(), flush=True)
    finally:
        if broker is not None:
            broker.stop()
    print()
    print("latency: producing transaction's commit -> consuming transaction's commit (effect + inbox row)")
    print(HEADER)
    for result in results:
        print(result.row())


if __name__ == "__main__":
    asyncio.run(main())
