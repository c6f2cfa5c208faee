"""The test session's guard against CPython 3.11's AST recursion-depth SystemError (ast_guard)."""

from __future__ import annotations

import ast
import gc
import sys
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from servicekit.testing import ast_guard

SOURCE = "\n".join(f"a{i} = [{i}, {i} + 1, ({i}, {i})]" for i in range(3000))


class _ParsesWhenCollected:
    """Garbage in a reference cycle whose finalizer parses source, as a logged traceback does."""

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        ast.parse("x = (1 + 2)")


@pytest.fixture
def frequent_collections() -> Iterator[None]:
    thresholds = gc.get_threshold()
    gc.set_threshold(50)
    yield
    gc.set_threshold(*thresholds)
    gc.collect()


def _failures(parse: Callable[..., Any]) -> int:
    failures = 0
    for _ in range(10):
        for _ in range(200):
            _ParsesWhenCollected()
        try:
            parse(SOURCE)
        except SystemError:
            failures += 1
    return failures


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="the interpreter bug is 3.11's")
@pytest.mark.usefixtures("frequent_collections")
def test_the_plain_parser_fails_when_a_finalizer_parses_meanwhile() -> None:
    assert _failures(ast_guard._original_parse) > 0


@pytest.mark.usefixtures("frequent_collections")
def test_the_session_parses_through_the_guard_and_never_fails() -> None:
    assert ast.parse is not ast_guard._original_parse or sys.version_info >= (3, 12)
    assert _failures(ast.parse) == 0
