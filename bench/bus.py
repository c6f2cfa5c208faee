"""Event bus benchmark: 10,000 events through each backend, on real parts.

For each backend (the PostgreSQL log; Apache Kafka 4, a broker started here):
- paced: a producing process starts use cases at a fixed rate (default 1,000/s) whether or not the
  earlier ones finished (requests do not wait for each other), at most its pool's worth at once,
  each committing one event through the unit of work, and runs its outbox relay, as a producing
  service does; this process is the consuming service. Latency: from the moment the producing
  transaction's commit returned to the moment the consuming transaction (effect + inbox row)
  committed, both clocks read in the process that committed. `offered/s` is the rate the producer's
  commits actually reached, `producer cpu` the share of one core its process used;
- burst: 10,000 events already in the outbox, relay and consumer started here: throughput only.

Each backend first carries `--warmup` events, not reported, so the broker's JIT and the database's
caches are warm as in a running platform.

    uv run python bench/bus.py [--events 10000] [--rate 1000 [--rate 500 ...]] [--warmup 2000]
                               [--backend pglog|kafka|both]
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
from collections.abc import AsyncIterator, Iterator
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
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

KEYS = 100
IN_FLIGHT = 16  # use cases of the producing service running at once: its connection pool
EFFECTS = "CREATE TABLE effects (event_id uuid PRIMARY KEY, seq int NOT NULL)"


class Tick(BaseModel):
    seq: int


class ConsumingSession(Session):
    """The consuming service's sessions, whose commits `ConsumerClock` times."""


class ConsumerClock:
    """When each effect's transaction committed, read right after the commit (a rolled-back
    session's seqs go with the session: the runner opens one per transaction)."""

    def __init__(self) -> None:
        self.committed: dict[int, float] = {}
        event.listen(ConsumingSession, "after_commit", self._after_commit)

    def close(self) -> None:
        event.remove(ConsumingSession, "after_commit", self._after_commit)

    async def wait_for(self, events: int) -> None:
        while len(self.committed) < events:  # noqa: ASYNC110 - set from the consumer's commits
            await asyncio.sleep(0.1)

    def _after_commit(self, session: Session) -> None:
        now = time.time()
        for seq in session.info.pop("seqs", []):
            self.committed.setdefault(seq, now)


@dataclass(frozen=True)
class Result:
    backend: str
    mode: str
    events: int
    offered_per_s: float
    published_per_s: float
    consumed_per_s: float
    latencies_ms: list[float]
    producer_cpu: float = 0.0

    def row(self) -> str:
        q = statistics.quantiles(self.latencies_ms, n=100) if self.latencies_ms else []
        latency = " ".join(f"{q[i]:>8.1f}" if q else f"{'-':>8}" for i in (49, 94, 98))
        offered = f"{self.offered_per_s:>10.0f}" if self.offered_per_s else f"{'-':>10}"
        cpu = f"{self.producer_cpu:>12.0%}" if self.producer_cpu else f"{'-':>12}"
        return (
            f"{self.backend:<8} {self.mode:<12} {self.events:>7} {offered} {self.published_per_s:>12.0f} "
            f"{self.consumed_per_s:>12.0f} {latency} {cpu}"
        )


HEADER = (
    f"{'backend':<8} {'mode':<12} {'events':>7} {'offered/s':>10} {'published/s':>12} "
    f"{'consumed/s':>12} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'producer cpu':>12}"
)


async def record_effect(session: AsyncSession, envelope: Envelope) -> None:
    seq = int(envelope.payload["seq"])
    await session.execute(
        text("INSERT INTO effects (event_id, seq) VALUES (:id, :seq)"), {"id": envelope.id, "seq": seq}
    )
    session.info.setdefault("seqs", []).append(seq)


async def produce(engine: AsyncEngine, service: str, events: int, rate: float | None) -> dict[int, float]:
    """Start `events` use cases, one event each, at `rate` per second (all at once without a rate),
    at most IN_FLIGHT running; return when each one's commit returned (epoch seconds, by seq)."""
    sessions = session_factory(engine)
    running = asyncio.Semaphore(IN_FLIGHT)
    committed: dict[int, float] = {}

    async def use_case(seq: int) -> None:
        async with running, SqlAlchemyUnitOfWork(sessions, producer=service) as uow:
            uow.publish(
                Event(type=f"{service}.tick.happened", version=1, key=f"k{seq % KEYS}", payload=Tick(seq=seq))
            )
            await uow.commit()
            committed[seq] = time.time()

    start = time.perf_counter()
    started: list[asyncio.Task[None]] = []
    for seq in range(events):
        if rate:
            await asyncio.sleep(max(0.0, start + seq / rate - time.perf_counter()))
        started.append(asyncio.create_task(use_case(seq)))
    await asyncio.gather(*started)
    return committed


def producing_service(
    database_url: str, service: str, events: int, rate: float, bus_spec: BusSpec
) -> tuple[dict[int, float], float]:
    """The producing service in its own process, as in production: its use cases and its outbox relay.
    Returns the commit times and the share of one core the process used while producing."""

    async def run() -> tuple[dict[int, float], float]:
        engine = create_engine(database_url, pool_size=IN_FLIGHT)
        async with bus_spec.started() as bus:
            relay = asyncio.create_task(OutboxRelay(engine, bus).run())
            wall, cpu = time.perf_counter(), time.process_time()
            committed = await produce(engine, service, events, rate)
            cpu_share = (time.process_time() - cpu) / (time.perf_counter() - wall)
            while await unsent(engine):  # noqa: ASYNC110 - the relay is in this loop, not signalling
                await asyncio.sleep(0.1)
            relay.cancel()
            await asyncio.gather(relay, return_exceptions=True)
        await engine.dispose()
        return committed, cpu_share

    return asyncio.run(run())


async def unsent(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int((await connection.scalar(text("SELECT count(*) FROM outbox WHERE sent_at IS NULL"))) or 0)


@dataclass(frozen=True)
class Clocks:
    """Epoch seconds by seq: when each producing commit returned (none in burst mode) and when each
    consuming commit did; and the producing process's share of one core."""

    produced: dict[int, float]
    consumed: dict[int, float]
    producer_cpu: float = 0.0


async def measure(
    engine: AsyncEngine, backend: str, mode: str, events: int, started: float, clocks: Clocks
) -> Result:
    """Rates from the first producing commit (burst: from `started`) to the last producing commit,
    the last publish and the last consuming commit; and every event's latency."""
    async with engine.connect() as connection:
        last_sent = await connection.scalar(text("SELECT extract(epoch FROM max(sent_at)) FROM outbox"))
    produced, consumed = clocks.produced, clocks.consumed
    first = min(produced.values()) if produced else started
    return Result(
        backend,
        mode,
        events,
        events / (max(produced.values()) - first) if produced else 0.0,
        events / (float(last_sent) - first),
        events / (max(consumed.values()) - first),
        [(consumed[seq] - at) * 1000 for seq, at in produced.items()],
        clocks.producer_cpu,
    )


async def run_once(
    bus_spec: BusSpec, database_url: str, mode: str, events: int, rate: float | None
) -> Result:
    service = f"bench{uuid.uuid4().hex[:6]}"
    engine = create_engine(database_url, pool_size=10)
    async with engine.begin() as connection:
        await connection.run_sync(outbox_metadata.create_all)
        await connection.execute(text(EFFECTS))
    registry = HandlerRegistry()
    registry.register(f"{service}.tick.happened", 1, record_effect)
    if rate is None:
        await produce(engine, service, events, None)
    consumer_clock = ConsumerClock()
    sessions = async_sessionmaker(engine, expire_on_commit=False, sync_session_class=ConsumingSession)
    produced: tuple[dict[int, float], float] = ({}, 0.0)
    async with bus_spec.started() as relay_bus, bus_spec.started() as consumer_bus:
        consumer = ConsumerRunner(consumer_bus, sessions, registry, group=service)
        tasks = [asyncio.create_task(consumer.run())]
        await asyncio.sleep(2)  # the consumer joins its group before the clock starts
        started = time.time()
        if rate is None:
            tasks.append(asyncio.create_task(OutboxRelay(engine, relay_bus).run()))
        else:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                producing = asyncio.get_running_loop().run_in_executor(
                    pool, producing_service, database_url, service, events, rate, bus_spec
                )
                await consumer_clock.wait_for(events)
                produced = await producing
        await consumer_clock.wait_for(events)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    consumer_clock.close()
    result = await measure(
        engine,
        bus_spec.backend,
        mode,
        events,
        started,
        Clocks(produced[0], consumer_clock.committed, produced[1]),
    )
    await engine.dispose()
    return result


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
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument(
        "--rate",
        type=float,
        action="append",
        help="offered events/s of a paced row; repeat for several rows (default 1000)",
    )
    parser.add_argument(
        "--warmup",
        type=int,
        default=2_000,
        help="events sent through each backend first, not reported (JIT, caches)",
    )
    parser.add_argument("--backend", choices=["pglog", "kafka", "both"], default="both")
    args = parser.parse_args()
    rates: list[float] = args.rate or [1_000.0]

    scratch = Path(tempfile.mkdtemp(prefix="bench-bus-"))
    server = start_embedded_server(scratch)
    results: list[Result] = []
    print(HEADER, flush=True)
    with contextlib.ExitStack() as stack:
        for backend in ["pglog", "kafka"] if args.backend == "both" else [args.backend]:
            spec = stack.enter_context(bus_of(backend, server, scratch))
            runs = [
                ("warmup", args.warmup, rates[0]),
                *((f"{r:.0f}/s", args.events, r) for r in rates),
                ("burst", args.events, None),
            ]
            for mode, events, rate in runs:
                database = with_database(server, f"bench_{backend}_{len(results)}")
                ensure_database(database)
                result = await run_once(spec, database, mode, events, rate)
                drop_database(database)
                if mode != "warmup":
                    results.append(result)
                    print(result.row(), flush=True)
    print()
    print("latency: producing transaction's commit returned -> consuming transaction's commit returned")
    print(HEADER)
    for result in results:
        print(result.row())


@contextlib.contextmanager
def bus_of(backend: str, server: str, scratch: Path) -> Iterator[BusSpec]:
    """The PostgreSQL log in its own database on `server`, or a Kafka broker started for the run."""
    if backend == "pglog":
        bus_url = with_database(server, "bench_bus")
        ensure_database(bus_url)
        yield BusSpec("pglog", bus_url)
        return
    broker = KafkaBroker(scratch / "kafka", port=free_port(), controller_port=free_port())
    broker.start()
    try:
        yield BusSpec("kafka", broker.bootstrap_servers)
    finally:
        broker.stop()


if __name__ == "__main__":
    asyncio.run(main())
