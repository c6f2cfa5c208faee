"""The context every resolver gets: who is calling, the request id, and the service's use cases."""

from __future__ import annotations

from typing import Any

from strawberry.fastapi import BaseContext

from servicekit.auth.caller import Caller


class ServiceContext(BaseContext):
    def __init__(self, *, caller: Caller, request_id: str, services: Any) -> None:
        super().__init__()
        self.caller = caller
        self.request_id = request_id
        # The service's composition root (use cases, loaders); each service types it where it reads it.
        self.services = services
        self.loaders: dict[str, Any] = {}
