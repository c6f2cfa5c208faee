"""The UPI payment link a document's QR code carries, and the QR code as SVG (segno)."""

from __future__ import annotations

import io
from urllib.parse import quote

import gst
import segno


def upi_payment_uri(*, upi_id: str, payee: str, amount_paise: int, note: str) -> str:
    """`upi://pay?pa=<VPA>&pn=<payee>&am=<rupees, 2 decimals>&cu=INR&tn=<document number>` (NPCI's
    deep link): any UPI app opens it with the payee and the amount filled in."""
    fields = {
        "pa": upi_id,
        "pn": payee,
        "am": gst.upi_amount(amount_paise),
        "cu": "INR",
        "tn": note,
    }
    return "upi://pay?" + "&".join(f"{k}={quote(v, safe='@/')}" for k, v in fields.items())


def qr_svg(text: str) -> str:
    """A QR code of `text` as an SVG document (error correction M: prints survive a crease)."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="svg", scale=4, border=2, xmldecl=False)
    return buffer.getvalue().decode()
