"""OIDC discovery and the JWKS of the built-in issuer: how other services verify our tokens."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from servicekit.auth import ROLES_CLAIM

from users_service.bootstrap import UsersServices

# Keys change rarely and verifiers refetch on an unknown kid; a short cache spares the database.
_CACHE = "public, max-age=300"


def well_known_router(services: UsersServices) -> APIRouter:
    router = APIRouter(prefix="/.well-known")
    issuer = services.settings.token_issuer

    @router.get("/openid-configuration")
    async def openid_configuration(response: Response) -> dict[str, Any]:
        response.headers["cache-control"] = _CACHE
        return {
            "issuer": issuer,
            "jwks_uri": f"{issuer}/.well-known/jwks.json",
            "response_types_supported": ["token"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "token_endpoint_auth_methods_supported": ["none"],
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "jti", "sid", ROLES_CLAIM],
        }

    @router.get("/jwks.json")
    async def jwks(response: Response) -> dict[str, list[dict[str, Any]]]:
        response.headers["cache-control"] = _CACHE
        return await services.keys.public_jwks()

    return router
