"""How the calendar names what the service sends as codes: event kinds, statuses, activity,
muhurtham kinds and nakshatras, in the language on screen (their texts are in the catalogues)."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.features.calendar.models import (
    ActivityAction,
    BookingStatus,
    EventKind,
    LocalizedName,
    MuhurthamKind,
    Nakshatra,
)
from eventxperts_app.i18n import N_, Language, Translator

EVENT_KINDS = MappingProxyType(
    {
        EventKind.WEDDING: N_("Wedding"),
        EventKind.ENGAGEMENT: N_("Engagement"),
        EventKind.GRUHAPRAVESAM: N_("House-warming (gruhapravesam)"),
        EventKind.UPANAYANAM: N_("Upanayanam"),
        EventKind.NAMING_CEREMONY: N_("Naming ceremony"),
        EventKind.HALF_SAREE: N_("Half-saree ceremony"),
        EventKind.BIRTHDAY: N_("Birthday"),
        EventKind.CORPORATE: N_("Corporate event"),
        EventKind.FESTIVAL: N_("Festival"),
        EventKind.OTHER: N_("Other event"),
    }
)
STATUSES = MappingProxyType(
    {
        BookingStatus.ENQUIRY: N_("Enquiry"),
        BookingStatus.TENTATIVE: N_("Tentative hold"),
        BookingStatus.HOLD_EXPIRED: N_("Hold expired"),
        BookingStatus.CONFIRMED: N_("Confirmed"),
        BookingStatus.COMPLETED: N_("Completed"),
        BookingStatus.CANCELLED: N_("Cancelled"),
    }
)
ACTIONS = MappingProxyType(
    {
        ActivityAction.CREATED: N_("Booking recorded"),
        ActivityAction.UPDATED: N_("Details changed"),
        ActivityAction.HELD: N_("Held tentatively"),
        ActivityAction.CONFIRMED: N_("Booking confirmed"),
        ActivityAction.RESCHEDULED: N_("Dates moved"),
        ActivityAction.ITEMS_CHANGED: N_("Items changed"),
        ActivityAction.HOLD_EXPIRED: N_("Hold ran out"),
        ActivityAction.CANCELLED: N_("Booking cancelled"),
        ActivityAction.COMPLETED: N_("Booking completed"),
        ActivityAction.DISPATCHED: N_("Stock dispatched"),
        ActivityAction.RETURNED: N_("Stock returned"),
    }
)
MUHURTHAM_KINDS = MappingProxyType(
    {
        MuhurthamKind.MARRIAGE: N_("Marriage"),
        MuhurthamKind.GRUHAPRAVESAM: N_("Gruhapravesam"),
        MuhurthamKind.UPANAYANAM: N_("Upanayanam"),
        MuhurthamKind.SHOP_OPENING: N_("Shop opening"),
    }
)
# The muhurtham badges of a day in the month grid: one short mark per kind.
MUHURTHAM_BADGES = MappingProxyType(
    {
        MuhurthamKind.MARRIAGE: N_("Marriage muhurtham"),
        MuhurthamKind.GRUHAPRAVESAM: N_("Gruhapravesam muhurtham"),
        MuhurthamKind.UPANAYANAM: N_("Upanayanam muhurtham"),
        MuhurthamKind.SHOP_OPENING: N_("Shop opening muhurtham"),
    }
)
NAKSHATRAS = MappingProxyType(
    {
        Nakshatra.ASHWINI: N_("Ashwini"),
        Nakshatra.BHARANI: N_("Bharani"),
        Nakshatra.KRITTIKA: N_("Krittika"),
        Nakshatra.ROHINI: N_("Rohini"),
        Nakshatra.MRIGASHIRA: N_("Mrigashira"),
        Nakshatra.ARDRA: N_("Ardra"),
        Nakshatra.PUNARVASU: N_("Punarvasu"),
        Nakshatra.PUSHYA: N_("Pushya"),
        Nakshatra.ASHLESHA: N_("Ashlesha"),
        Nakshatra.MAGHA: N_("Magha"),
        Nakshatra.PURVA_PHALGUNI: N_("Purva Phalguni"),
        Nakshatra.UTTARA_PHALGUNI: N_("Uttara Phalguni"),
        Nakshatra.HASTA: N_("Hasta"),
        Nakshatra.CHITRA: N_("Chitra"),
        Nakshatra.SWATI: N_("Swati"),
        Nakshatra.VISHAKHA: N_("Vishakha"),
        Nakshatra.ANURADHA: N_("Anuradha"),
        Nakshatra.JYESHTHA: N_("Jyeshtha"),
        Nakshatra.MULA: N_("Mula"),
        Nakshatra.PURVA_ASHADHA: N_("Purva Ashadha"),
        Nakshatra.UTTARA_ASHADHA: N_("Uttara Ashadha"),
        Nakshatra.SHRAVANA: N_("Shravana"),
        Nakshatra.DHANISHTA: N_("Dhanishta"),
        Nakshatra.SHATABHISHA: N_("Shatabhisha"),
        Nakshatra.PURVA_BHADRAPADA: N_("Purva Bhadrapada"),
        Nakshatra.UTTARA_BHADRAPADA: N_("Uttara Bhadrapada"),
        Nakshatra.REVATI: N_("Revati"),
    }
)
# Short forms for a day's cell in the month grid, as pocket panchangams print them (1-27 in order).
NAKSHATRA_SHORT = (
    N_("Ashw"), N_("Bhar"), N_("Krit"), N_("Rohi"), N_("Mrig"), N_("Ardr"), N_("Puna"), N_("Push"),
    N_("Ashl"), N_("Magh"), N_("P.Pha"), N_("U.Pha"), N_("Hast"), N_("Chit"), N_("Swat"), N_("Vish"),
    N_("Anu"), N_("Jye"), N_("Mula"), N_("P.Ash"), N_("U.Ash"), N_("Shra"), N_("Dhan"), N_("Shat"),
    N_("P.Bha"), N_("U.Bha"), N_("Reva"),
)  # fmt: skip
# Tithis 1-15 are of the bright fortnight (Shukla), 16-30 of the dark one (Krishna, bahula in Telugu).
SHUKLA_SHORT = N_("S{day}")
KRISHNA_SHORT = N_("K{day}")
PURNIMA_SHORT = N_("Full moon")
AMAVASYA_SHORT = N_("New moon")


def localized(tr: Translator, name: LocalizedName) -> str:
    """A name the service gives in both languages, in the language on screen."""
    return name.te if tr.language is Language.TE else name.en


def tithi_short(tr: Translator, number: int) -> str:
    """S5 / శు5: the fortnight's letter and the tithi's day in it; full and new moon by name."""
    if number == 15:
        return tr(PURNIMA_SHORT)
    if number == 30:
        return tr(AMAVASYA_SHORT)
    marker = SHUKLA_SHORT if number < 15 else KRISHNA_SHORT
    return tr(marker).format(day=(number - 1) % 15 + 1)


def nakshatra_short(tr: Translator, number: int) -> str:
    return tr(NAKSHATRA_SHORT[(number - 1) % 27])
