"""The context every resolver gets: who is calling, from where, the request id, the service's use
cases, and the request's budget of expensive operations."""

from __future__ import annotations

from typing import Any

from strawberry.fastapi import BaseContext

from servicekit.auth.caller import Caller
from servicekit.client_address import client_address
from servicekit.graphql.expensive import ExpensiveOperations


class ServiceContext(BaseContext):
    def __init__(self, *, caller: Caller, request_id: str, services: Any) -> None:
        super().__init__()
        self.caller = caller
        self.request_id = request_id
        # The service's composition root (use cases, loaders); each service types it where it reads it.
        self.services = services
        self.loaders: dict[str, Any] = {}
        self.expensive_operations = ExpensiveOperations()

    def claim_expensive(self, operation: str) -> None:
        """Claim this request's one expensive operation (a password checked or hashed, a code sent);
        a second claim raises OneExpensiveOperationPerRequest."""
        self.expensive_operations.claim(operation)

    @property
    def client_address(self) -> str:
        """Where the request comes from (servicekit.client_address)."""
        return client_address(self.request)
