"""`run_event_backbone`: what a service calls at start gives it a relay, its consumers and a bus
readiness check, on the backend its settings choose."""

from __future__ import annotations

import pytest
from servicekit.bus import bus_from_settings, bus_readiness_check
from servicekit.bus.backbone import run_event_backbone
from servicekit.bus.kafka_backend import KafkaBus
from servicekit.bus.pglog import PgLogBus
from servicekit.health import run_checks
from servicekit.settings import ServiceSettings

from .flow import Flow


@pytest.fixture
def settings(backend: str, pg_server_url: str, request: pytest.FixtureRequest) -> ServiceSettings:
    kafka = request.getfixturevalue("kafka_broker").bootstrap_servers if backend == "kafka" else None
    return ServiceSettings(service_name="backbone", database_url=pg_server_url, kafka_bootstrap_servers=kafka)


async def test_a_service_started_with_its_backbone_publishes_and_consumes_its_events(
    settings: ServiceSettings, service_database: str
) -> None:
    async with Flow.on(service_database) as flow:
        flow_settings = settings.model_copy(update={"service_name": flow.service})
        async with run_event_backbone(flow_settings, flow.engine, flow.registry) as bus:
            [ready] = await run_checks({"bus": bus_readiness_check(bus)})
            await flow.produce(["k1", "k2"], range(5))
            await flow.wait_for_effects(10)

        assert ready.ok
        assert await flow.effects() == {"k1": list(range(5)), "k2": list(range(5))}
        assert await flow.unsent() == 0


def test_the_backend_follows_kafka_bootstrap_servers(settings: ServiceSettings) -> None:
    expected = KafkaBus if settings.kafka_bootstrap_servers else PgLogBus
    assert isinstance(bus_from_settings(settings), expected)
