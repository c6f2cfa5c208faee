"""Which of a view's overlapping requests it still wants answered: only the newest.

A list whose filters stay usable while a page is on its way can have several requests in flight;
their answers arrive in any order, and only the answer to the newest one matches what is on screen.
Each request takes the next number; an answer (or failure) whose number is not the latest is dropped.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from eventxperts_app.api.models import ApiError
from eventxperts_app.ui.actions import ShowsErrors


class RequestSequence:
    def __init__(self) -> None:
        self.latest = 0

    def issue(self) -> NumberedRequest:
        """A new request, which makes every earlier one stale."""
        self.latest += 1
        return NumberedRequest(self, self.latest)


@dataclass(frozen=True)
class NumberedRequest:
    sequence: RequestSequence
    number: int

    @property
    def is_latest(self) -> bool:
        return self.number == self.sequence.latest

    def errors_to(self, errors: ShowsErrors) -> ShowsErrors:
        """`errors`, but only while this is the latest request: a stale failure says nothing."""
        return _ErrorsOfLatest(self, errors)


@dataclass(frozen=True)
class _ErrorsOfLatest:
    request: NumberedRequest
    errors: ShowsErrors

    def show(self, errors: Iterable[ApiError]) -> None:
        if self.request.is_latest:
            self.errors.show(errors)
