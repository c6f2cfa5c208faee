"""A booking's summary for its client as a WhatsApp link: `https://wa.me/<91 and ten digits>?text=...`.
No WhatsApp API: the organizer's phone opens the chat with the text filled in and they press send."""

from __future__ import annotations

from calendar_service.exports.csv_export import rupees
from calendar_service.panchangam_places import LOCAL
from calendar_service.service_layer.overlay_reads import BookingSummary

TEMPLATES = {
    "en": (
        "Namaste {client}! Your booking with us:\n"
        "{event}\n"
        "{when}\n"
        "Venue: {venue}\n"
        "Total: Rs {total}, advance: Rs {advance}, balance: Rs {balance}\n"
        "Status: {status}"
    ),
    "te": (
        "నమస్తే {client} గారు! మా వద్ద మీ బుకింగ్ వివరాలు:\n"
        "{event}\n"
        "{when}\n"
        "వేదిక: {venue}\n"
        "మొత్తం: రూ. {total}, అడ్వాన్స్: రూ. {advance}, మిగిలినది: రూ. {balance}\n"
        "స్థితి: {status}"
    ),
}
STATUS_NAMES = {
    "en": {
        "enquiry": "enquiry",
        "tentative": "held for you (tentative)",
        "hold_expired": "hold expired",
        "confirmed": "confirmed",
        "completed": "completed",
        "cancelled": "cancelled",
    },
    "te": {
        "enquiry": "విచారణ",
        "tentative": "మీ కోసం తాత్కాలికంగా ఉంచాం",
        "hold_expired": "తాత్కాలిక గడువు ముగిసింది",
        "confirmed": "ఖరారైంది",
        "completed": "పూర్తయింది",
        "cancelled": "రద్దయింది",
    },
}


def share_text(booking: BookingSummary, language: str) -> str:
    starts, ends = booking.starts_at.astimezone(LOCAL), booking.ends_at.astimezone(LOCAL)
    return TEMPLATES[language].format(
        client=booking.client_name,
        event=booking.event_name,
        when=f"{starts:%d-%m-%Y %H:%M} - {ends:%d-%m-%Y %H:%M}",
        venue=f"{booking.venue_address}, {booking.venue_district} {booking.venue_pin_code}",
        total=rupees(booking.agreed_total_paise),
        advance=rupees(booking.advance_paise),
        balance=rupees(booking.balance_paise),
        status=STATUS_NAMES[language].get(booking.status, booking.status),
    )
