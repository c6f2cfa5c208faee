"""The one error type of the library, with a stable code for each kind of bad input."""

from __future__ import annotations


class PanchangamError(ValueError):
    """Bad input to the panchangam engine.

    ``code`` is stable and meant for programs (``unknown_place``, ``invalid_date``,
    ``range_too_long``, ``latitude_out_of_range``, ...); ``message`` is for people.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
