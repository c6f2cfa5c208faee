"""The OrganizerListingInput from the directory profile form (pure). Rupees the app cannot read are
typed errors on their boxes; the rest (unknown districts or services, price ranges upside down, a phone
that is no phone) is discovery's to judge, and its errors land on the same boxes."""

from __future__ import annotations

from dataclasses import dataclass

from eventxperts_app.features.calendar.variables import Built, read_paise
from eventxperts_app.ui.required_fields import missing


@dataclass(frozen=True)
class OfferForm:
    service: str
    min_rupees: str
    max_rupees: str


@dataclass(frozen=True)
class ListingForm:
    display_name: str
    display_name_te: str
    about: str
    districts: str  # "NTR, Guntur, హైదరాబాద్"
    contact_phone: str
    published: bool
    offers: tuple[OfferForm, ...]


def listing_variables(form: ListingForm) -> Built:
    built = Built()
    built.errors += missing(displayName=form.display_name, districts=form.districts)
    for index, offer in enumerate(form.offers):
        built.errors += missing(**{f"services.{index}.service": offer.service})
    phone = form.contact_phone.strip()
    built.variables = {
        "displayName": form.display_name.strip(),
        "displayNameTe": form.display_name_te.strip() or None,
        "about": form.about.strip() or None,
        "districts": [d.strip() for d in form.districts.split(",") if d.strip()],
        "services": [_offer(built, index, offer) for index, offer in enumerate(form.offers)],
        # The phone is shown to families only when given; the app's own thread is always a way.
        "contactWays": ["in_app", "phone"] if phone else ["in_app"],
        "contactPhone": phone or None,
        "published": form.published,
    }
    return built


def _offer(built: Built, index: int, offer: OfferForm) -> dict[str, object]:
    return {
        "service": offer.service,
        "minPaise": read_paise(built, f"services.{index}.minPaise", offer.min_rupees),
        "maxPaise": read_paise(built, f"services.{index}.maxPaise", offer.max_rupees),
    }
