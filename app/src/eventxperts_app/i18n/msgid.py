"""Marks a text for translation: `N_("Sign in")` is what Babel extracts into the catalogues.

The text itself is the gettext message id (English, as people read it); it is translated when it is
shown, in the language of the moment, so one marked text serves every language switch. A label the
app shows is typed `Msgid`, so a text that was never marked (and so never extracted) is a type error.
"""

from typing import NewType

Msgid = NewType("Msgid", str)


def N_(text: str) -> Msgid:  # noqa: N802 (gettext's name for a marker that translates nothing)
    """Marks `text` as a message id for extraction; it is translated later, by a Translator."""
    return Msgid(text)
