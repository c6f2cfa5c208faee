"""A store's terms as checked input: where it delivers, what delivery costs, how returns work."""

from __future__ import annotations

from dataclasses import dataclass

import india
from india.gazetteer import find_district

from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.texts import optional_text, required_text

MAX_AREAS = 500
MAX_RETURN_DAYS = 30


@dataclass(frozen=True)
class PickupAddress:
    line: str
    city: str
    pin_code: str

    def as_dict(self) -> dict[str, str]:
        return {"line": self.line, "city": self.city, "pin_code": self.pin_code}


@dataclass(frozen=True)
class DeliveryTerms:
    pins: tuple[str, ...]
    district_ids: tuple[str, ...]
    flat_paise: int
    free_above_paise: int | None

    def charge_for(self, items_paise: int) -> int:
        """The delivery charge of one order of this store."""
        if self.free_above_paise is not None and items_paise >= self.free_above_paise:
            return 0
        return self.flat_paise

    def delivers_to(self, pin_code: str, district_id: str | None) -> bool:
        return pin_code in self.pins or (district_id is not None and district_id in self.district_ids)


def pin_code(raw: str, field: str) -> str:
    try:
        return india.normalise_pin_code(raw)
    except india.IndiaError as error:
        raise MarketError(MarketErrorCode.INVALID_PIN_CODE, str(error), field) from None


def district_id(raw: str, field: str) -> str:
    try:
        return find_district(raw).id
    except india.IndiaError:
        raise MarketError(MarketErrorCode.INVALID_DISTRICT, f"No district {raw!r}.", field) from None


def pickup_address(line: str, city: str, pin: str) -> PickupAddress:
    return PickupAddress(
        required_text(line, "pickupLine", limit=200),
        required_text(city, "pickupCity"),
        pin_code(pin, "pickupPinCode"),
    )


def delivery_terms(
    pins: list[str], districts: list[str], flat_paise: int, free_above_paise: int | None
) -> DeliveryTerms:
    if len(pins) + len(districts) > MAX_AREAS:
        raise MarketError(
            MarketErrorCode.INVALID_INPUT, f"At most {MAX_AREAS} delivery areas.", "deliveryPins"
        )
    if flat_paise < 0 or (free_above_paise is not None and free_above_paise < 0):
        raise MarketError(
            MarketErrorCode.INVALID_PRICE, "Delivery charges are not negative.", "deliveryFlatPaise"
        )
    return DeliveryTerms(
        tuple(sorted({pin_code(p, "deliveryPins") for p in pins})),
        tuple(sorted({district_id(d, "deliveryDistricts") for d in districts})),
        flat_paise,
        free_above_paise,
    )


def return_terms(days: int, policy: str | None) -> tuple[int, str | None]:
    if not 0 <= days <= MAX_RETURN_DAYS:
        raise MarketError(
            MarketErrorCode.INVALID_INPUT, f"Returns within 0 to {MAX_RETURN_DAYS} days.", "returnDays"
        )
    return days, optional_text(policy, "returnPolicy", limit=2000)


def store_names(name_en: str, name_te: str | None) -> tuple[str, str | None]:
    te = optional_text(name_te, "nameTe", limit=120)
    return required_text(name_en, "nameEn"), " ".join(te.split()) if te else None
