"""The outbox relay: one per service, publishing its outbox to the bus."""

from servicekit.relay.relay import OutboxRelay

__all__ = ["OutboxRelay"]
