"""Which bus a service uses: Kafka when KAFKA_BOOTSTRAP_SERVERS is set, else the PostgreSQL log."""

from __future__ import annotations

from servicekit.bus.interface import Bus
from servicekit.bus.kafka_backend import KafkaBus
from servicekit.bus.pglog import PgLogBus
from servicekit.postgres import ensure_database, server_url, with_database
from servicekit.settings import ServiceSettings

BUS_DATABASE = "eventxperts_bus"


def bus_database_url(settings: ServiceSettings) -> str:
    """The database holding the PostgreSQL log, on the same server as the services' databases."""
    url = with_database(server_url(settings), BUS_DATABASE)
    ensure_database(url)
    return url


def bus_from_settings(settings: ServiceSettings) -> Bus:
    """The configured backend, not yet started."""
    if settings.kafka_bootstrap_servers:
        return KafkaBus(settings.kafka_bootstrap_servers, client_id=settings.service_name)
    return PgLogBus(bus_database_url(settings))
