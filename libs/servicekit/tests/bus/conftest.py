"""Both bus backends for the contract and fault suites: the PostgreSQL log on the session's server,
and a real Apache Kafka broker started once for the session (marked `kafka`)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import pytest
from servicekit.bus.interface import Bus
from servicekit.bus.kafka_backend import KafkaBus
from servicekit.bus.kafka_broker import KafkaBroker, KafkaPortInUse
from servicekit.bus.kafka_runtime import KafkaRuntimeMissing
from servicekit.bus.pglog import PgLogBus
from servicekit.postgres import drop_database, ensure_database, with_database
from servicekit.testing.ports import free_port

from .outage import BusOutage, KafkaOutage, PgLogOutage

MakeBus = Callable[[], Awaitable[Bus]]


@pytest.fixture(scope="session")
def kafka_broker(
    tmp_path_factory: pytest.TempPathFactory,
    pytestconfig: pytest.Config,
) -> Iterator[KafkaBroker]:
    """One real broker for the whole session: the JVM start is paid once.

    A broker that fails to start is tried once more on new ports and a new directory (a port can be
    taken between choosing and binding it); a second failure fails every Kafka test. Either failure is
    printed with the broker's log at the end of the session."""
    failures = pytestconfig.stash.setdefault(BROKER_FAILURES, [])
    try:
        broker = _started_broker(tmp_path_factory)
    except (KafkaRuntimeMissing, KafkaPortInUse) as first:
        failures.append(str(first))
        try:
            broker = _started_broker(tmp_path_factory)
        except (KafkaRuntimeMissing, KafkaPortInUse) as second:
            failures.append(str(second))
            raise
    yield broker
    broker.stop()


BROKER_FAILURES = pytest.StashKey[list[str]]()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """Why a test broker did not start, with its log, last in the output where CI's excerpt shows it."""
    failures: list[str] = config.stash.get(BROKER_FAILURES, [])
    for number, failure in enumerate(failures, start=1):
        terminalreporter.write_sep("-", f"Kafka test broker, start {number} failed")
        terminalreporter.write_line(failure)


def _started_broker(tmp_path_factory: pytest.TempPathFactory) -> KafkaBroker:
    broker = KafkaBroker(tmp_path_factory.mktemp("kafka"), port=free_port(), controller_port=free_port())
    broker.start()
    return broker


@pytest.fixture(scope="session")
def bus_database_url(pg_server_url: str) -> Iterator[str]:
    url = with_database(pg_server_url, f"test_bus_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    yield url
    drop_database(url)


@pytest.fixture(params=["pglog", pytest.param("kafka", marks=pytest.mark.kafka)])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def make_bus(backend: str, request: pytest.FixtureRequest) -> AsyncIterator[MakeBus]:
    """`await make_bus()`: a started bus of the backend under test (one per producer or consumer)."""
    started: list[Bus] = []

    async def make() -> Bus:
        bus: Bus
        if backend == "kafka":
            broker: KafkaBroker = request.getfixturevalue("kafka_broker")
            bus = KafkaBus(broker.bootstrap_servers)
        else:
            bus = PgLogBus(request.getfixturevalue("bus_database_url"))
        await bus.start()
        started.append(bus)
        return bus

    yield make
    for bus in started:
        await bus.stop()


@pytest.fixture
def outage(backend: str, request: pytest.FixtureRequest) -> BusOutage:
    """Takes the bus of the backend under test away and brings it back."""
    if backend == "kafka":
        return KafkaOutage(request.getfixturevalue("kafka_broker"))
    return PgLogOutage(request.getfixturevalue("bus_database_url"))


@pytest.fixture
def service_database(pg_server_url: str) -> Iterator[str]:
    """A fresh, empty database for one test's service (`Flow.on` creates its tables)."""
    url = with_database(pg_server_url, f"test_svc_{uuid.uuid4().hex[:8]}")
    ensure_database(url)
    yield url
    drop_database(url)
