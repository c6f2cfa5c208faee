"""Money in the graph: integer paise, wider than GraphQL's 32-bit Int (a wedding can pass Rs 2 crore).

Every subgraph that carries money shares it: pass ``PAISE_SCALARS`` to ``federation_schema(scalars=...)``.
"""

from __future__ import annotations

from typing import NewType

import strawberry
from strawberry.types.scalar import ScalarDefinition

Paise = NewType("Paise", int)

# Rs 1,000 crore: no document of ours comes near it, and it stays exact in a JSON number.
MAX_PAISE = 10**13


def _parse_paise(value: object) -> Paise:
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_PAISE:
        raise ValueError("Paise is a whole number of paise")
    return Paise(value)


PAISE_SCALARS: dict[object, ScalarDefinition] = {
    Paise: strawberry.scalar(
        name="Paise",
        description="An amount in paise (1/100 rupee), a whole number; INR.",
        serialize=int,
        parse_value=_parse_paise,
    )
}
