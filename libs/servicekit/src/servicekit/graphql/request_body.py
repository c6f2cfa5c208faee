"""What a GraphQL request body must be before Strawberry reads it: UTF-8 text holding one JSON object.

Anything else is the client's mistake and gets a 400 with a code, never a 500: bytes that are not
UTF-8, a string holding a lone UTF-16 surrogate (`"\\ud800"` decodes as JSON, then fails wherever the
text is encoded: hashing a password, a SQL parameter), text that is not JSON, and JSON that is not an
object (`null`, an array, a number). Batches are not served, so an array is refused here too.
"""

from __future__ import annotations

import json

from servicekit.refusals import RequestRefused


def _refused(code: str, message: str) -> RequestRefused:
    return RequestRefused(400, code, message)


def graphql_body(data: str | bytes) -> dict[str, object]:
    """The decoded body (or a GET's `variables`/`extensions`); RequestRefused (400) otherwise."""
    try:
        text = data if isinstance(data, str) else data.decode("utf-8")
    except UnicodeDecodeError:
        raise _refused("BODY_NOT_UTF8", "The request body is not UTF-8 text.") from None
    try:
        decoded = json.loads(text)
    except json.JSONDecodeError:
        raise _refused("BODY_NOT_JSON", "The request body is not JSON.") from None
    if not isinstance(decoded, dict):
        raise _refused("BODY_NOT_AN_OBJECT", "The request body must be one JSON object.")
    if "\\ud" in text.lower() and _holds_a_lone_surrogate(decoded):  # only an escape can smuggle one in
        raise _refused("BODY_NOT_UTF8", "The request body holds text that is not Unicode.")
    return decoded


def _holds_a_lone_surrogate(decoded: object) -> bool:
    try:
        json.dumps(decoded, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
