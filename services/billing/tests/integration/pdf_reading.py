"""Reading a PDF back as a reader would: its pages' size and text (pypdf)."""

from __future__ import annotations

import io
import unicodedata

from pypdf import PdfReader


def pdf_text(content: bytes) -> str:
    """The text of every page, squeezed: extraction maps some of Telugu's shaped glyphs (a conjunct's
    second form) to control characters or to nothing, and splits clusters where they were not typed."""
    reader = PdfReader(io.BytesIO(content))
    return squeezed("".join(page.extract_text() for page in reader.pages))


def squeezed(text: str) -> str:
    """NFC, without spaces, joiners and control characters."""
    return "".join(
        ch
        for ch in unicodedata.normalize("NFC", text)
        if not ch.isspace() and ch != "\u200c" and unicodedata.category(ch) != "Cc"
    )


def page_size_points(content: bytes) -> tuple[int, int]:
    box = PdfReader(io.BytesIO(content)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))
