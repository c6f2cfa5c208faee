"""How the explore section names what the discovery service sends as codes or in two languages:
enquiry statuses, public events' kinds and entry, districts, services and organizers' names."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.features.explore.models import BilingualName, District, Listing, ServiceOffer
from eventxperts_app.i18n import N_, Language, Msgid, Translator
from eventxperts_app.ui.local_time import paise_text

ENQUIRY_STATUSES = MappingProxyType(
    {
        "SENT": N_("Sent"),
        "ENQUIRY": N_("With the organizer"),
        "TENTATIVE": N_("Tentative hold"),
        "CONFIRMED": N_("Confirmed"),
        "HOLD_EXPIRED": N_("Hold expired"),
        "CANCELLED": N_("Cancelled"),
        "COMPLETED": N_("Completed"),
        "WITHDRAWN": N_("Withdrawn"),
    }
)
PUBLIC_EVENT_KINDS = MappingProxyType(
    {
        "festival": N_("Festival"),
        "exhibition": N_("Exhibition"),
        "mela": N_("Mela"),
        "workshop": N_("Workshop"),
        "concert": N_("Concert"),
        "religious": N_("Religious event"),
        "sports": N_("Sports"),
        "other": N_("Other event"),
    }
)
ENTRY_KINDS = MappingProxyType(
    {"FREE": N_("Entry free"), "PAID_AT_VENUE": N_("Tickets at the venue"), "LINK": N_("Tickets online")}
)


def in_language(tr: Translator, english: str, telugu: str | None) -> str:
    """A name given in both languages, in the language on screen (English when Telugu is missing)."""
    return telugu if tr.language is Language.TE and telugu else english


def named(tr: Translator, names: BilingualName) -> str:
    return in_language(tr, names.en, names.te)


def district_name(tr: Translator, district: District) -> str:
    return in_language(tr, district.name, district.name_te)


def organizer_name(tr: Translator, listing: Listing) -> str:
    return in_language(tr, listing.display_name, listing.display_name_te)


def offer_line(tr: Translator, offer: ServiceOffer) -> str:
    """Decoration: ₹25,000 – ₹90,000."""
    name = in_language(tr, offer.name, offer.name_te)
    return f"{name}: {paise_text(offer.min_paise)} – {paise_text(offer.max_paise)}"


def code_name(tr: Translator, names: MappingProxyType[str, Msgid], code: str) -> str:
    """The name of a code; a code this app does not know yet shows as the service sent it."""
    msgid = names.get(code)
    return tr(msgid) if msgid is not None else code


def rating_text(tr: Translator, listing: Listing) -> str:
    if listing.rating is None:
        return tr(N_("No reviews yet"))
    return tr(N_("{stars} of 5 from {count} reviews")).format(
        stars=f"{listing.rating:.1f}", count=listing.rating_count
    )
