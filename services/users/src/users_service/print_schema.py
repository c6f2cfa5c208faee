"""`python -m users_service.print_schema`: write the subgraph SDL to services/users/schema.graphql."""

from __future__ import annotations

from servicekit.graphql import print_sdl

from users_service.api.graphql.schema import users_schema
from users_service.migrations import SERVICE_ROOT

SCHEMA_FILE = SERVICE_ROOT / "schema.graphql"


def printed_schema() -> str:
    return print_sdl(users_schema())


def main() -> None:
    SCHEMA_FILE.write_text(printed_schema(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")


if __name__ == "__main__":
    main()
