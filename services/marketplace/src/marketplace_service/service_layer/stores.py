"""Opening and running a store; super admins approve and suspend stores and run the platform store."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import india
from india.pin_directory import area_for_pin
from servicekit.auth import Caller
from servicekit.errors import InputChecks

from marketplace_service.domain import stores as terms
from marketplace_service.domain.errors import MarketError, MarketErrorCode, not_found
from marketplace_service.domain.vocabulary import StoreStatus
from marketplace_service.service_layer.authorization import Operation, authorize
from marketplace_service.service_layer.dependencies import UseCaseDependencies
from marketplace_service.service_layer.unit_of_work import MarketUnitOfWork


@dataclass(frozen=True)
class StoreTerms:
    name_en: str
    name_te: str | None
    pickup_line: str
    pickup_city: str
    pickup_pin: str
    delivery_pins: list[str]
    delivery_districts: list[str]
    delivery_flat_paise: int = 0
    free_delivery_above_paise: int | None = None
    return_days: int = 7
    return_policy: str | None = None


def _checked(command: StoreTerms) -> dict[str, Any]:
    checks = InputChecks()
    names = checks.check(lambda: terms.store_names(command.name_en, command.name_te))
    pickup = checks.check(
        lambda: terms.pickup_address(command.pickup_line, command.pickup_city, command.pickup_pin)
    )
    delivery = checks.check(
        lambda: terms.delivery_terms(
            command.delivery_pins,
            command.delivery_districts,
            command.delivery_flat_paise,
            command.free_delivery_above_paise,
        )
    )
    returns = checks.check(lambda: terms.return_terms(command.return_days, command.return_policy))
    checks.raise_failures()
    assert names
    assert pickup
    assert delivery
    assert returns
    area = area_for_pin(pickup.pin_code)
    district = area.district if area else None
    return {
        "name_en": names[0],
        "name_te": names[1],
        "pickup_address": pickup.as_dict(),
        "district_id": district.id if district and district.id else None,
        "delivery_pins": list(delivery.pins),
        "delivery_districts": list(delivery.district_ids),
        "delivery_flat_paise": delivery.flat_paise,
        "free_delivery_above_paise": delivery.free_above_paise,
        "return_days": returns[0],
        "return_policy": returns[1],
    }


async def open_store(deps: UseCaseDependencies, caller: Caller, command: StoreTerms) -> uuid.UUID:
    """A store owner's store, pending approval; GSTIN and state come from their users profile."""
    owner = uuid.UUID(authorize(caller, Operation.OPEN_STORE))
    values = _checked(command)
    async with deps.unit_of_work() as uow:
        facts = await uow.stores.facts(owner)
        if facts is None or not facts.state_code:
            raise MarketError(
                MarketErrorCode.PROFILE_INCOMPLETE,
                "Add your state (and GSTIN) to your profile first.",
                "profile",
            )
        store_id = uuid.uuid4()
        await uow.stores.add(
            {
                "id": store_id,
                "owner_id": owner,
                "is_platform": False,
                "gstin": facts.gstin,
                "state_code": facts.state_code,
                "status": StoreStatus.PENDING.value,
                "created_at": deps.clock(),
                **values,
            }
        )
        await uow.commit()
    return store_id


async def open_platform_store(
    deps: UseCaseDependencies, caller: Caller, command: StoreTerms, *, gstin: str | None, state_code: str
) -> uuid.UUID:
    """The platform's own store: managed by super admins, approved from the start; one only."""
    authorize(caller, Operation.MODERATE)
    values = _checked(command)
    try:
        state = india.state_for_code(state_code).code
        checked_gstin = india.normalise_gstin(gstin) if gstin else None
    except india.IndiaError as error:
        raise MarketError(MarketErrorCode.INVALID_GSTIN, str(error), "gstin") from None
    async with deps.unit_of_work() as uow:
        if (existing := await uow.stores.platform()) is not None:
            return uuid.UUID(str(existing.id))
        store_id = uuid.uuid4()
        await uow.stores.add(
            {
                "id": store_id,
                "owner_id": None,
                "is_platform": True,
                "gstin": checked_gstin,
                "state_code": state,
                "status": StoreStatus.APPROVED.value,
                "created_at": deps.clock(),
                **values,
            }
        )
        await uow.commit()
    return store_id


async def managed_store(
    uow: MarketUnitOfWork, caller: Caller, store_id: uuid.UUID, *, lock: bool = False
) -> Any:
    """The store, when the caller manages it; NOT_FOUND otherwise (ids do not reveal stores)."""
    store = await uow.stores.get(store_id, lock=lock)
    if store is None:
        raise not_found("store", "storeId")
    authorize(caller, Operation.MANAGE_STORE, store=store)
    return store


async def update_store(
    deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID, command: StoreTerms
) -> None:
    values = _checked(command)
    async with deps.unit_of_work() as uow:
        await managed_store(uow, caller, store_id, lock=True)
        await uow.stores.update(store_id, values)
        await uow.commit()


async def set_store_status(
    deps: UseCaseDependencies, caller: Caller, store_id: uuid.UUID, status: StoreStatus, reason: str | None
) -> None:
    """Super admins approve a pending or suspended store, or suspend one (its products leave search
    and its cart lines cannot be checked out)."""
    authorize(caller, Operation.MODERATE)
    if status is StoreStatus.SUSPENDED and not (reason or "").strip():
        raise MarketError(MarketErrorCode.REASON_REQUIRED, "Say why the store is suspended.", "reason")
    async with deps.unit_of_work() as uow:
        store = await uow.stores.get(store_id, lock=True)
        if store is None:
            raise not_found("store", "storeId")
        await uow.stores.update(
            store_id, {"status": status.value, "status_reason": (reason or "").strip() or None}
        )
        await uow.commit()
