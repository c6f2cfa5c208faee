"""Queries of the users subgraph."""

from __future__ import annotations

import strawberry

from users_service.api.graphql.context import UsersInfo, caller_of, deps_of
from users_service.api.graphql.enums import RoleType
from users_service.api.graphql.inputs import given
from users_service.api.graphql.places import PlaceType, places_starting_with
from users_service.api.graphql.query_errors import as_graphql_error
from users_service.api.graphql.types import StateType, all_states
from users_service.api.graphql.user_type import UserType, user_type
from users_service.service_layer.accounts import get_user, me
from users_service.service_layer.administration import list_users
from users_service.service_layer.commands import ListUsers


@strawberry.type(name="UserConnection")
class UserConnection:
    items: list[UserType]
    total: int
    next_cursor: str | None


@strawberry.type
class Query:
    @strawberry.field
    async def me(self, info: UsersInfo) -> UserType | None:
        account = await as_graphql_error(me(caller_of(info), deps_of(info)))
        return user_type(account) if account is not None else None

    @strawberry.field
    def states(self) -> list[StateType]:
        return all_states()

    places: list[PlaceType] = strawberry.field(
        resolver=places_starting_with,
        description=(
            "Towns of Andhra Pradesh and Telangana whose English or Telugu name, an alias or a later"
            " word of one starts with `query`, best first; at most 50."
        ),
    )

    @strawberry.field
    async def users(
        self,
        info: UsersInfo,
        search: str | None = strawberry.UNSET,
        role: RoleType | None = strawberry.UNSET,
        include_inactive: bool = True,
        first: int = 20,
        after: str | None = strawberry.UNSET,
    ) -> UserConnection:
        chosen_role = given(role)
        command = ListUsers(
            caller=caller_of(info),
            search=given(search),
            role=chosen_role.value if chosen_role else None,
            include_inactive=include_inactive,
            first=first,
            after=given(after),
        )
        page = await as_graphql_error(list_users(command, deps_of(info)))
        return UserConnection(
            items=[user_type(a) for a in page.items], total=page.total, next_cursor=page.next_cursor
        )

    @strawberry.field
    async def user(self, info: UsersInfo, id: strawberry.ID) -> UserType | None:
        account = await as_graphql_error(get_user(caller_of(info), str(id), deps_of(info)))
        return user_type(account) if account is not None else None
