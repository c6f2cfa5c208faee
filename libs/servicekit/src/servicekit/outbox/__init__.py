"""Transactional outbox: events are rows written in the same transaction as the state change; the
same metadata holds the consumers' inbox and dead letters, so one migration call creates them all."""
