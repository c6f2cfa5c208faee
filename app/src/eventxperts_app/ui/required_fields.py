"""The one check a form makes before sending: that its required boxes are filled.

Formats and other rules are the services' to judge: their typed errors come back and are shown next
to the same fields, so each rule lives in one place.
"""

from __future__ import annotations

from eventxperts_app.api.models import ApiError

REQUIRED = "REQUIRED"


def missing(**fields: str) -> tuple[ApiError, ...]:
    """A REQUIRED error for each field (by its contract path) left empty or blank."""
    return tuple(
        ApiError(code=REQUIRED, field=name, message=f"{name} is required")
        for name, value in fields.items()
        if not value.strip()
    )
