"""The users subgraph schema."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema

from users_service.api.graphql.mutations import Mutation
from users_service.api.graphql.queries import Query
from users_service.api.graphql.user_type import UserType


def users_schema() -> strawberry.federation.Schema:
    return federation_schema(query=Query, mutation=Mutation, types=[UserType])
