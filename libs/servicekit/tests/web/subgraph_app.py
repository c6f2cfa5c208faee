"""A subgraph app exactly as servicekit builds one for a service (create_service_app), with a schema
small enough to read: fields that succeed, refuse, fail and tell where the request came from."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx
import strawberry
from graphql import GraphQLError
from servicekit.auth import TokenVerifier
from servicekit.errors import Forbidden
from servicekit.graphql import ServiceContext, federation_schema
from servicekit.request_context import client_address
from servicekit.settings import ServiceSettings
from servicekit.web import create_service_app

CURRENT_SECRET = "current-gateway-secret-0123456789abcdef"
PREVIOUS_SECRET = "previous-gateway-secret-0123456789abcdef"


@strawberry.input
class SignInInput:
    email: str
    password: str


@strawberry.type
class Query:
    @strawberry.field
    def fine(self) -> str:
        return "ok"

    @strawberry.field
    def echo(self, text: str) -> str:
        return text

    @strawberry.field
    def where_from(self, info: strawberry.Info[ServiceContext, None]) -> str:
        return client_address(info.context.request)

    @strawberry.field
    def not_signed_in(self) -> str:
        raise GraphQLError("Sign in to see this.", extensions={"code": "NOT_AUTHENTICATED"})

    @strawberry.field
    def admins_only(self) -> str:
        raise Forbidden("Only a super admin may see this.")

    @strawberry.field
    def broken(self, secret: str) -> str:
        raise RuntimeError("connection to 10.0.0.5:5432 refused")


@strawberry.type
class Mutation:
    @strawberry.mutation
    def sign_in(self, input: SignInInput) -> str:
        return input.email


def subgraph_app(**settings: Any) -> Any:
    values = {"service_name": "subgraph-test", "gateway_secrets": f"{CURRENT_SECRET},{PREVIOUS_SECRET}"}
    return create_service_app(
        ServiceSettings.model_validate({**values, **settings}),
        schema=federation_schema(query=Query, mutation=Mutation),
        services=None,
        # No test sends a token, so no key is ever fetched.
        verifier=TokenVerifier(
            issuer="http://issuer.test", audience="test", jwks_url="http://issuer.test/jwks"
        ),
        readiness_checks={},
    )


@asynccontextmanager
async def subgraph_client(
    *, secret: str | None = CURRENT_SECRET, peer: str = "127.0.0.1", **settings: Any
) -> AsyncIterator[httpx.AsyncClient]:
    """The app over httpx, sending `secret` as the gateway does (None: no secret at all)."""
    transport = httpx.ASGITransport(app=subgraph_app(**settings), client=(peer, 50000))
    headers = {"x-gateway-secret": secret} if secret is not None else {}
    async with httpx.AsyncClient(
        transport=transport, base_url="http://subgraph.test", headers=headers
    ) as http:
        yield http
