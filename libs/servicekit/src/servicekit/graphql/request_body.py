"""What a GraphQL request body must be before Strawberry reads it: UTF-8 text holding one JSON object.

Anything else is the client's mistake and gets a 400 with a code, never a 500: bytes that are not
UTF-8, a string holding a lone UTF-16 surrogate (`"\\ud800"` decodes as JSON, then fails wherever the
text is encoded: hashing a password, a SQL parameter), text that is not JSON, and JSON that is not an
object (`null`, an array, a number). Batches are not served, so an array is refused here too.
A NUL character anywhere (a variable, or an escape in the document's own string literals) is
refused as BODY_HOLDS_NUL: no service can store one (PostgreSQL refuses it in text), so it would
only reach a database and fail there as a 500. Each service's text checks refuse it too
(servicekit.text); this is the backstop for a field that has none.
"""

from __future__ import annotations

import json
import re

from servicekit.refusals import RequestRefused

# In a GraphQL string literal NUL can only come as an escape: \u0000 or the braced \u{0}.
_NUL_ESCAPE_IN_DOCUMENT = re.compile(r"\\u(?:0000|\{0+\})", re.IGNORECASE)


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
    if "\\u0000" in text and _holds_nul(decoded):  # JSON can only carry NUL as that escape
        raise _refused("BODY_HOLDS_NUL", "The request holds a NUL character, which no text may hold.")
    query = decoded.get("query")
    if isinstance(query, str) and _NUL_ESCAPE_IN_DOCUMENT.search(query):
        raise _refused("BODY_HOLDS_NUL", "The request holds a NUL character, which no text may hold.")
    return decoded


def _holds_nul(decoded: object) -> bool:
    if isinstance(decoded, str):
        return "\x00" in decoded
    if isinstance(decoded, dict):
        return any(_holds_nul(key) or _holds_nul(value) for key, value in decoded.items())
    if isinstance(decoded, list):
        return any(_holds_nul(item) for item in decoded)
    return False


def _holds_a_lone_surrogate(decoded: object) -> bool:
    try:
        json.dumps(decoded, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
