"""The event bus: one interface (`Bus`), two backends (Apache Kafka, or a PostgreSQL-backed log when
KAFKA_BOOTSTRAP_SERVERS is unset), chosen by `bus_from_settings`."""

from servicekit.bus.interface import (
    Bus,
    BusUnavailable,
    Delivery,
    OutgoingMessage,
    Subscription,
)
from servicekit.bus.readiness import bus_readiness_check
from servicekit.bus.selection import bus_database_url, bus_from_settings

__all__ = [
    "Bus",
    "BusUnavailable",
    "Delivery",
    "OutgoingMessage",
    "Subscription",
    "bus_database_url",
    "bus_from_settings",
    "bus_readiness_check",
]
