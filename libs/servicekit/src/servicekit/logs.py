"""Structured JSON logs carrying the request id; never tokens, passwords or face data."""

from __future__ import annotations

import logging
import sys

import structlog

from servicekit.request_context import current_request_id

_REDACTED_KEYS = frozenset({"password", "token", "access_token", "refresh_token", "authorization"})


def _add_request_id(_: object, __: str, event: structlog.typing.EventDict) -> structlog.typing.EventDict:
    request_id = current_request_id()
    if request_id is not None:
        event.setdefault("request_id", request_id)
    return event


def _redact_secrets(_: object, __: str, event: structlog.typing.EventDict) -> structlog.typing.EventDict:
    for key in _REDACTED_KEYS & event.keys():
        event[key] = "[redacted]"
    return event


def configure_logging(service: str, level: str = "INFO") -> None:
    """JSON lines on stdout, one per event, with service and request id."""
    logging.basicConfig(format="%(message)s", stream=sys.stdout, level=level.upper(), force=True)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _add_request_id,
            _redact_secrets,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(),
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.bind_contextvars(service=service)
