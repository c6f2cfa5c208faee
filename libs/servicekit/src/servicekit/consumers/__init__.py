"""Consumers: handlers per event type, run with an inbox (exactly-once effects), retries with backoff
and a dead-letter store."""

from servicekit.consumers.registry import Handler, HandlerRegistry
from servicekit.consumers.retry import RetryPolicy
from servicekit.consumers.runner import ConsumerRunner

__all__ = ["ConsumerRunner", "Handler", "HandlerRegistry", "RetryPolicy"]
