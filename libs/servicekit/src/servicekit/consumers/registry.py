"""Which handler a service runs for which event type and version."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from contracts.topics import topic_of
from sqlalchemy.ext.asyncio import AsyncSession

from servicekit.events import Envelope

# A handler does its effects in `session`; the runner commits them together with the inbox row.
Handler = Callable[[AsyncSession, Envelope], Awaitable[None]]


class DuplicateHandler(Exception):
    code = "DUPLICATE_HANDLER"


class HandlerRegistry:
    """`@registry.on("users.user.registered", version=1)` above an `async def handle(session, envelope)`."""

    def __init__(self) -> None:
        self._handlers: dict[tuple[str, int], Handler] = {}

    def on(self, event_type: str, *, version: int) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self.register(event_type, version, handler)
            return handler

        return register

    def register(self, event_type: str, version: int, handler: Handler) -> None:
        if (event_type, version) in self._handlers:
            raise DuplicateHandler(f"{event_type} v{version} already has a handler")
        self._handlers[(event_type, version)] = handler

    def merged_with(self, other: HandlerRegistry) -> HandlerRegistry:
        """A registry with the handlers of both; an event both handle runs this one's handler, then
        the other's, in the one transaction the runner gives the event (one inbox row for both)."""
        merged = HandlerRegistry()
        for key in sorted(self._handlers.keys() | other._handlers.keys()):
            handlers = [h for h in (self._handlers.get(key), other._handlers.get(key)) if h is not None]
            merged.register(*key, handlers[0] if len(handlers) == 1 else _in_turn(*handlers))
        return merged

    def handler_for(self, envelope: Envelope) -> Handler | None:
        return self._handlers.get((envelope.type, envelope.version))

    @property
    def topics(self) -> list[str]:
        """The topics to subscribe to: one per aggregate and version handled."""
        return sorted({topic_of(event_type, version) for event_type, version in self._handlers})


def _in_turn(first: Handler, second: Handler) -> Handler:
    async def both(session: AsyncSession, envelope: Envelope) -> None:
        await first(session, envelope)
        await second(session, envelope)

    return both
