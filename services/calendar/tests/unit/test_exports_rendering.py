from datetime import UTC, datetime
from urllib.parse import parse_qs, urlparse
from zoneinfo import ZoneInfo

from calendar_service.exports.csv_export import bookings_csv
from calendar_service.exports.ics import feed_calendar
from calendar_service.exports.whatsapp import share_text
from calendar_service.service_layer.overlay_reads import BookingSummary, LineSummary
from icalendar import Calendar
from servicekit.whatsapp import wa_me_link

IST = ZoneInfo("Asia/Kolkata")
NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)


def booking(**changes: object) -> BookingSummary:
    values: dict[str, object] = {
        "id": "0b6e1c3e-7d5f-4f53-9a53-5d0f1c2b3a4d",
        "organizer_id": "9c1f0d8e-1111-4a4a-8b8b-000000000001",
        "event_name": "Sravani weds Karthik",
        "kind": "wedding",
        "status": "confirmed",
        "starts_at": datetime(2026, 12, 3, 10, 0, tzinfo=IST),
        "ends_at": datetime(2026, 12, 3, 23, 0, tzinfo=IST),
        "setup_starts_at": datetime(2026, 12, 2, 14, 0, tzinfo=IST),
        "teardown_ends_at": datetime(2026, 12, 4, 12, 0, tzinfo=IST),
        "venue_address": "Sri Venkateswara Function Hall, Kukatpally",
        "venue_district": "Medchal-Malkajgiri",
        "venue_state_code": "36",
        "venue_pin_code": "500072",
        "client_name": "Padma Rao",
        "client_phones": ("+919848022338",),
        "agreed_total_paise": 18_500_000,
        "advance_paise": 5_000_050,
        "line_items": (LineSummary("Chairs", 300, 900_000), LineSummary("Shamiana", 2, 3_000_000)),
        "notes": None,
        "updated_at": NOW,
    }
    values.update(changes)
    return BookingSummary(**values)  # type: ignore[arg-type]


def test_the_feed_parses_back_with_its_events_in_kolkata_time() -> None:
    parsed = Calendar.from_ical(
        feed_calendar("Bookings", [booking(), booking(id="x2", status="tentative")], NOW)
    )
    events = parsed.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [
        "0b6e1c3e-7d5f-4f53-9a53-5d0f1c2b3a4d@calendar.eventxperts.app",
        "x2@calendar.eventxperts.app",
    ]
    start = events[0].decoded("dtstart")
    assert start == datetime(2026, 12, 3, 10, 0, tzinfo=IST)
    assert str(start.tzinfo) == "Asia/Kolkata"
    assert [str(e["status"]) for e in events] == ["CONFIRMED", "TENTATIVE"]
    assert parsed.walk("VTIMEZONE")[0]["tzid"] == "Asia/Kolkata"
    assert "300 x Chairs" in str(events[0]["description"])


def test_the_csv_has_amounts_in_rupees_and_defuses_formulas() -> None:
    text = bookings_csv(
        [booking(client_name='=HYPERLINK("http://evil")', agreed_total_paise=100, advance_paise=150)]
    )
    header, row = text.strip().split("\r\n")
    assert header.startswith("booking_id,event_name,kind,status")
    assert "'=HYPERLINK" in row
    assert ",1.00,1.50,-0.50," in row
    assert "2026-12-03 10:00" in row


def test_the_whatsapp_link_carries_the_digits_and_the_telugu_summary() -> None:
    text = share_text(booking(), "te")
    link = urlparse(wa_me_link("+91 98480 22338", text))
    assert (link.scheme, link.netloc, link.path) == ("https", "wa.me", "/919848022338")
    sent = parse_qs(link.query)["text"][0]
    assert sent == text
    assert "నమస్తే Padma Rao గారు" in sent
    assert "రూ. 185000.00" in sent
    assert "మిగిలినది: రూ. 134999.50" in sent
    assert "ఖరారైంది" in sent


def test_the_english_summary_names_the_event_and_the_balance() -> None:
    text = share_text(booking(), "en")
    assert "Sravani weds Karthik" in text
    assert "03-12-2026 10:00 - 03-12-2026 23:00" in text
    assert "balance: Rs 134999.50" in text
