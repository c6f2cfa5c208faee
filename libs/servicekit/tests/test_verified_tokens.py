"""Verified tokens are remembered until they expire, and no more of them than the bound."""

from __future__ import annotations

from servicekit.auth.roles import Role
from servicekit.auth.tokens import Claims
from servicekit.auth.verified_tokens import VerifiedTokens


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


def claims(exp: object, subject: str = "u-1") -> Claims:
    return Claims(subject=subject, roles=frozenset({Role.USER}), token_id=None, raw={"exp": exp})


def test_a_token_is_remembered_until_its_expiry() -> None:
    clock = Clock()
    verified = VerifiedTokens(clock=clock)
    verified.remember("t", "k1", claims(exp=1_060))
    clock.now = 1_059.9
    remembered = verified.get("t")
    assert remembered is not None
    assert (remembered.kid, remembered.claims.subject) == ("k1", "u-1")
    clock.now = 1_060
    assert verified.get("t") is None


def test_the_least_recently_used_token_goes_first_beyond_the_bound() -> None:
    verified = VerifiedTokens(maxsize=2, clock=Clock())
    verified.remember("a", "k1", claims(exp=2_000))
    verified.remember("b", "k1", claims(exp=2_000))
    assert verified.get("a") is not None  # now "b" is the least recently used
    verified.remember("c", "k1", claims(exp=2_000))
    assert [verified.get(t) is not None for t in "abc"] == [True, False, True]


def test_a_token_without_a_numeric_expiry_or_a_cache_of_size_zero_keeps_nothing() -> None:
    verified = VerifiedTokens(clock=Clock())
    verified.remember("t", "k1", claims(exp="never"))
    assert verified.get("t") is None
    nothing_kept = VerifiedTokens(maxsize=0, clock=Clock())
    nothing_kept.remember("t", "k1", claims(exp=2_000))
    assert nothing_kept.get("t") is None
