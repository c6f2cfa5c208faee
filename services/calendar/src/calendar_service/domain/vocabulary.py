"""The closed lists a booking is written with: kinds of event, pipeline states, birth stars, units."""

from __future__ import annotations

from enum import StrEnum


class EventKind(StrEnum):
    WEDDING = "wedding"
    ENGAGEMENT = "engagement"
    GRUHAPRAVESAM = "gruhapravesam"
    UPANAYANAM = "upanayanam"
    NAMING_CEREMONY = "naming_ceremony"
    HALF_SAREE = "half_saree"
    BIRTHDAY = "birthday"
    CORPORATE = "corporate"
    FESTIVAL = "festival"
    OTHER = "other"


class BookingStatus(StrEnum):
    """The pipeline: enquiry -> tentative (a hold until an expiry) -> confirmed -> completed, or
    cancelled from any open state. A tentative booking whose hold ran out reads as hold_expired."""

    ENQUIRY = "enquiry"
    TENTATIVE = "tentative"
    HOLD_EXPIRED = "hold_expired"
    CONFIRMED = "confirmed"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class LineItemKind(StrEnum):
    SERVICE = "service"
    STOCK = "stock"


class CapacityUnit(StrEnum):
    """What a business without item stock counts per day."""

    EVENTS = "events"
    GUESTS = "guests"


class Nakshatra(StrEnum):
    """The 27 birth stars in the panchangam library's order (its English names, snake-cased)."""

    ASHWINI = "ashwini"
    BHARANI = "bharani"
    KRITTIKA = "krittika"
    ROHINI = "rohini"
    MRIGASHIRA = "mrigashira"
    ARDRA = "ardra"
    PUNARVASU = "punarvasu"
    PUSHYA = "pushya"
    ASHLESHA = "ashlesha"
    MAGHA = "magha"
    PURVA_PHALGUNI = "purva_phalguni"
    UTTARA_PHALGUNI = "uttara_phalguni"
    HASTA = "hasta"
    CHITRA = "chitra"
    SWATI = "swati"
    VISHAKHA = "vishakha"
    ANURADHA = "anuradha"
    JYESHTHA = "jyeshtha"
    MULA = "mula"
    PURVA_ASHADHA = "purva_ashadha"
    UTTARA_ASHADHA = "uttara_ashadha"
    SHRAVANA = "shravana"
    DHANISHTA = "dhanishta"
    SHATABHISHA = "shatabhisha"
    PURVA_BHADRAPADA = "purva_bhadrapada"
    UTTARA_BHADRAPADA = "uttara_bhadrapada"
    REVATI = "revati"


def nakshatra_number(star: Nakshatra) -> int:
    """0-based index of a nakshatra, as panchangam.BirthStars counts them."""
    return list(Nakshatra).index(star)
