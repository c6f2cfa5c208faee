"""Transactional outbox: events are rows written in the same transaction as the state change."""
