"""Input validation reports every bad field at once, so a form can mark all of them."""

from __future__ import annotations

import pytest
from servicekit.errors import DomainError, InputChecks, InvalidInput, each_error


def bad(code: str, field: str) -> DomainError:
    return DomainError(f"{field} is wrong", field=field, code=code)


def fail(error: DomainError) -> str:
    raise error


def test_every_failure_is_reported_together() -> None:
    checks = InputChecks()
    checks.check(lambda: fail(bad("INVALID_EMAIL", "email")))
    assert checks.check(lambda: "ok") == "ok"
    checks.check(lambda: fail(bad("INVALID_PHONE", "phone")))
    with pytest.raises(InvalidInput) as raised:
        checks.raise_failures()
    assert [(e.code, e.field) for e in each_error(raised.value)] == [
        ("INVALID_EMAIL", "email"),
        ("INVALID_PHONE", "phone"),
    ]


def test_a_single_failure_is_raised_as_itself() -> None:
    checks = InputChecks()
    checks.check(lambda: fail(bad("INVALID_PIN_CODE", "pinCode")))
    with pytest.raises(DomainError) as raised:
        checks.raise_failures()
    assert raised.value.code == "INVALID_PIN_CODE"
    assert each_error(raised.value) == [raised.value]


def test_no_failure_raises_nothing() -> None:
    checks = InputChecks()
    checks.check(lambda: 1)
    checks.raise_failures()
