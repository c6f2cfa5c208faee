"""The edge's routing table: what each public path prefix is, how big a request body it takes, and which
upstream serves it. Services claim prefixes in services.toml (`public_routes`); a prefix nobody claims
is answered 404 by the edge itself, so a service's internal paths (/metrics, /graphql) stay internal.

Every prefix but `/` and `/graphql` reaches a service without passing the gateway, so the service checks
its own callers on each such route: signed URLs (/files/, /uploads/), a feed token (/ics/), the
provider's signature (/webhooks/). Only /.well-known/ and /discovery/ (public events' ICS files) are
public by nature.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from servicekit.registry import RegisteredService

from eventxperts_cli.edge.static_files import STATIC_PREFIX


class EdgeConfigError(ValueError):
    """The registry asks the edge for something it will not route (an unknown or doubly owned prefix)."""


@dataclass(frozen=True)
class PublicPrefix:
    path: str
    max_body: str  # nginx size: the largest request body this prefix accepts (413 above it)
    streamed: bool = False  # the body goes on to the service as it arrives instead of being buffered
    secret_in_path: bool = False  # the path holds its caller's secret (a feed token, a signed link)


# The prefixes a service may claim, with limits chosen for what each carries.
PUBLIC_PREFIXES = (
    PublicPrefix("/files/", "1m"),  # signed downloads of photos and PDFs
    # Billing's signed PDFs and report CSVs (nginx's longest prefix wins over /files/).
    PublicPrefix("/files/billing/", "1m", secret_in_path=True),
    PublicPrefix("/uploads/", "64m", streamed=True),  # resumable uploads, one chunk per request
    PublicPrefix("/ics/", "16k", secret_in_path=True),  # calendar feeds that Google Calendar fetches
    PublicPrefix("/webhooks/", "64k"),  # payment providers' notifications
    PublicPrefix("/webhooks/marketplace/", "64k"),  # the payment provider's order webhooks
    # the gallery's signed photo uploads (whole photos, tus PATCHes), files and streamed zips
    PublicPrefix("/gallery/", "41m", streamed=True, secret_in_path=True),
    # the marketplace's signed image uploads (one photo of at most 10 MB each) and image files
    PublicPrefix("/marketplace/", "11m", streamed=True, secret_in_path=True),
    PublicPrefix("/.well-known/", "16k"),  # OIDC discovery and the JWKS
    PublicPrefix("/discovery/", "16k"),  # public events as iCalendar files (GET; public by nature)
)
APP_MAX_BODY = "1m"  # the Flet page loads assets; its own traffic is a websocket, not request bodies
GRAPHQL_MAX_BODY = "100k"  # the gateway's own limit (GATEWAY_MAX_BODY_BYTES, 102400 bytes)


@dataclass(frozen=True)
class Upstream:
    name: str  # the nginx upstream's name
    address: str  # host:port on loopback


@dataclass(frozen=True)
class EdgeRoute:
    path: str
    upstream: Upstream | None  # None: the edge answers 404 itself
    max_body: str
    exact: bool = False  # only this path, not the paths under it
    streamed: bool = False
    websocket: bool = False
    static_dir: Path | None = None  # the edge serves the files of this directory itself
    secret_in_path: bool = False


def routing_table(
    *,
    services: Iterable[RegisteredService],
    service_ports: Mapping[str, int],
    gateway_port: int,
    app_port: int | None,
    web_client_dir: Path | None = None,
) -> tuple[EdgeRoute, ...]:
    """The app at `/` (404 without an app), the gateway at `/graphql`, then every public prefix.

    With `web_client_dir` the edge serves the app's versioned web client from it at `/_app/`.
    """
    app = Upstream("app", f"127.0.0.1:{app_port}") if app_port is not None else None
    gateway = Upstream("gateway", f"127.0.0.1:{gateway_port}")
    owners = public_route_owners(services)
    routes = [
        EdgeRoute("/", app, APP_MAX_BODY, websocket=True),
        EdgeRoute("/graphql", gateway, GRAPHQL_MAX_BODY, exact=True),
    ]
    if app is not None and web_client_dir is not None:
        routes.append(EdgeRoute(STATIC_PREFIX, app, APP_MAX_BODY, static_dir=web_client_dir))
    for prefix in PUBLIC_PREFIXES:
        owner = owners.get(prefix.path)
        upstream = Upstream(f"service_{owner}", f"127.0.0.1:{service_ports[owner]}") if owner else None
        routes.append(
            EdgeRoute(
                prefix.path,
                upstream,
                prefix.max_body,
                streamed=prefix.streamed,
                secret_in_path=prefix.secret_in_path,
            )
        )
    return tuple(routes)


def public_route_owners(services: Iterable[RegisteredService]) -> dict[str, str]:
    """Prefix -> the name of the service that owns it, refusing unknown and doubly claimed prefixes."""
    known = {prefix.path for prefix in PUBLIC_PREFIXES}
    owners: dict[str, str] = {}
    for service in services:
        for route in service.public_routes:
            if route not in known:
                raise EdgeConfigError(
                    f"{service.name}: public route {route!r} is not one the edge knows "
                    f"({', '.join(sorted(known))}); add it to PUBLIC_PREFIXES with its size limit"
                )
            if route in owners:
                raise EdgeConfigError(f"{route} is claimed by both {owners[route]} and {service.name}")
            owners[route] = service.name
    return owners
