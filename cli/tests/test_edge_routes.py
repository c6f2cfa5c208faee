"""The edge's routing table comes from the registry: owned prefixes go to their service, the rest are
answered by the edge, and a registry asking for an unknown or doubly owned prefix is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventxperts_cli.edge.routes import EdgeConfigError, EdgeRoute, Upstream, routing_table
from servicekit.registry import RegisteredService, load_registry


def _by_path(routes: tuple[EdgeRoute, ...]) -> dict[str, EdgeRoute]:
    return {route.path: route for route in routes}


def _table(services: tuple[RegisteredService, ...], app_port: int | None = 8550) -> dict[str, EdgeRoute]:
    ports = {service.name: service.port for service in services}
    table = routing_table(services=services, service_ports=ports, gateway_port=4000, app_port=app_port)
    return _by_path(table)


def test_the_registry_gives_well_known_to_users_ics_to_the_calendar_billing_files_to_billing() -> None:
    routes = _table(load_registry())

    assert routes["/"].upstream == Upstream("app", "127.0.0.1:8550")
    assert routes["/"].websocket
    assert routes["/graphql"].upstream == Upstream("gateway", "127.0.0.1:4000")
    assert routes["/graphql"].exact
    assert routes["/.well-known/"].upstream == Upstream("service_users", "127.0.0.1:8001")
    assert routes["/ics/"].upstream == Upstream("service_calendar", "127.0.0.1:8002")
    assert routes["/files/billing/"].upstream == Upstream("service_billing", "127.0.0.1:8003")
    assert all(routes[p].upstream is None for p in ("/files/", "/uploads/", "/webhooks/"))


def test_a_service_that_claims_a_prefix_in_its_registry_entry_gets_it_on_its_port(tmp_path: Path) -> None:
    registry = tmp_path / "services.toml"
    registry.write_text(
        '[users]\npackage = "users_service"\nport = 8001\npublic_routes = ["/.well-known/"]\n'
        '[feeds]\npackage = "feeds_service"\nport = 8042\npublic_routes = ["/ics/", "/uploads/"]\n'
    )

    routes = _table(load_registry(registry))

    assert routes["/ics/"].upstream == Upstream("service_feeds", "127.0.0.1:8042")
    assert routes["/uploads/"].streamed
    assert routes["/files/"].upstream is None


def test_small_prefixes_take_small_bodies_and_uploads_take_large_ones() -> None:
    routes = _table(load_registry())

    assert routes["/graphql"].max_body == "100k"
    assert routes["/webhooks/"].max_body == "64k"
    assert routes["/uploads/"].max_body == "64m"


def test_without_the_app_the_root_is_answered_by_the_edge() -> None:
    assert _table(load_registry(), app_port=None)["/"].upstream is None


def test_a_prefix_the_edge_does_not_know_is_refused() -> None:
    stray = RegisteredService(
        name="stray",
        package="stray_service",
        port=8099,
        root=Path("services/stray"),
        public_routes=("/admin/",),
    )

    with pytest.raises(EdgeConfigError, match="stray: public route '/admin/'"):
        _table((stray,))


def test_a_prefix_claimed_by_two_services_is_refused() -> None:
    one = RegisteredService(
        name="one", package="one_service", port=8098, root=Path("services/one"), public_routes=("/ics/",)
    )
    two = RegisteredService(
        name="two", package="two_service", port=8099, root=Path("services/two"), public_routes=("/ics/",)
    )

    with pytest.raises(EdgeConfigError, match="/ics/ is claimed by both one and two"):
        _table((one, two))
