"""The resolver context: one expensive operation per request whatever the aliases, and the address."""

from __future__ import annotations

import strawberry
from servicekit.auth.caller import ANONYMOUS
from servicekit.errors import DomainError
from servicekit.graphql import ServiceContext, federation_schema


@strawberry.type
class Outcome:
    code: str | None = None


@strawberry.type
class Query:
    @strawberry.field
    def fine(self) -> str:
        return "ok"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def sign_in(self, info: strawberry.Info[ServiceContext, None]) -> Outcome:
        try:
            info.context.claim_expensive("sign-in")
        except DomainError as error:
            return Outcome(code=error.code)
        return Outcome()

    @strawberry.mutation
    def sign_up(self, info: strawberry.Info[ServiceContext, None]) -> Outcome:
        try:
            info.context.claim_expensive("sign-up")
        except DomainError as error:
            return Outcome(code=error.code)
        return Outcome()


schema = federation_schema(query=Query, mutation=Mutation)


def context() -> ServiceContext:
    return ServiceContext(caller=ANONYMOUS, request_id="r", services=None)


async def codes(document: str, request: ServiceContext) -> list[str | None]:
    result = await schema.execute(document, context_value=request)
    assert result.errors is None, result.errors
    assert result.data is not None
    return [outcome["code"] for outcome in result.data.values()]


async def test_aliased_copies_of_an_expensive_mutation_are_refused_after_the_first() -> None:
    document = "mutation { " + " ".join(f"a{i}: signIn {{ code }}" for i in range(6)) + " }"
    assert await codes(document, context()) == [None] + ["ONE_EXPENSIVE_OPERATION_PER_REQUEST"] * 5


async def test_two_different_expensive_mutations_in_one_request_are_refused_too() -> None:
    document = "mutation { signUp { code } signIn { code } }"
    assert await codes(document, context()) == [None, "ONE_EXPENSIVE_OPERATION_PER_REQUEST"]


async def test_each_request_has_its_own_budget() -> None:
    assert await codes("mutation { signIn { code } }", context()) == [None]
    assert await codes("mutation { signIn { code } }", context()) == [None]


async def test_a_context_without_a_request_has_an_unknown_address() -> None:
    assert context().client_address == "unknown"
