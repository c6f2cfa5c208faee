"""The billing profile and the document series: the settings billing keeps of its own."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import gst
from servicekit.auth import Caller

from billing_service.domain import inputs
from billing_service.domain.errors import BillingError, BillingErrorCode
from billing_service.domain.vocabulary import DEFAULT_PREFIXES, NUMBERED_KINDS, DocumentKind
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies
from billing_service.service_layer.unit_of_work import BillingUnitOfWork


@dataclass(frozen=True)
class UpdateProfile:
    organizer_id: uuid.UUID
    registration_type: gst.RegistrationType
    legal_name: str | None = None
    upi_id: str | None = None
    bank_account_number: str | None = None
    bank_ifsc: str | None = None
    bank_name: str | None = None
    default_terms: str | None = None
    # Without a new account number and IFSC the saved account is kept (the graph shows it masked, so
    # a client re-saving the profile cannot send it back); this removes it.
    remove_bank_account: bool = False


@dataclass(frozen=True)
class AddSeries:
    organizer_id: uuid.UUID
    kind: DocumentKind
    prefix: str
    name: str


def _bank_values(command: UpdateProfile) -> dict[str, Any]:
    """The bank account to save: a new one, none when removed, or nothing (the saved one stays)."""
    if command.bank_account_number or command.bank_ifsc:
        number, ifsc = inputs.bank_account(command.bank_account_number or "", command.bank_ifsc or "")
        bank = {
            "number": number,
            "ifsc": ifsc,
            "bank": inputs.optional_text(command.bank_name, "bankName") or "",
        }
        return {"bank_account": bank}
    return {"bank_account": None} if command.remove_bank_account else {}


def _profile_values(command: UpdateProfile) -> dict[str, Any]:
    return {
        "legal_name": inputs.name(command.legal_name, "legalName") if command.legal_name else None,
        "registration_type": command.registration_type.value,
        "upi_id": inputs.upi_id(command.upi_id),
        **_bank_values(command),
        "default_terms": inputs.optional_text(command.default_terms, "defaultTerms"),
    }


async def ensure_default_series(uow: BillingUnitOfWork, organizer_id: uuid.UUID) -> list[Any]:
    """Every organizer starts with one series per numbered kind (INV, RV, RF, CN, DN, DC); their series."""
    found = await uow.profiles.series(organizer_id)
    kinds = {row.kind for row in found}
    missing = [(kind, prefix) for kind, prefix in DEFAULT_PREFIXES.items() if kind.value not in kinds]
    for kind, prefix in missing:
        await uow.profiles.add_series(
            {
                "id": uuid.uuid4(),
                "organizer_id": organizer_id,
                "kind": kind.value,
                "prefix": prefix,
                "name": prefix,
            }
        )
    return await uow.profiles.series(organizer_id) if missing else found


async def update_profile(deps: UseCaseDependencies, caller: Caller, command: UpdateProfile) -> None:
    authorize(caller, Operation.MANAGE_PROFILE, owner_id=str(command.organizer_id))
    values = _profile_values(command)
    async with deps.unit_of_work() as uow:
        await uow.profiles.save_profile(command.organizer_id, values)
        await ensure_default_series(uow, command.organizer_id)
        await uow.commit()


async def add_series(deps: UseCaseDependencies, caller: Caller, command: AddSeries) -> uuid.UUID:
    """Another series (one per business line, say); its numbers run per financial year."""
    authorize(caller, Operation.MANAGE_PROFILE, owner_id=str(command.organizer_id))
    if command.kind not in NUMBERED_KINDS:
        raise BillingError(BillingErrorCode.WRONG_SERIES_KIND, "Quotations are not numbered.", "kind")
    try:
        prefix = gst.normalise_series_prefix(command.prefix)
    except gst.GstError as error:
        raise inputs.from_gst(error, "prefix") from None
    series_id = uuid.uuid4()
    values = {
        "id": series_id,
        "organizer_id": command.organizer_id,
        "kind": command.kind.value,
        "prefix": prefix,
        "name": inputs.name(command.name),
    }
    async with deps.unit_of_work() as uow:
        await ensure_default_series(uow, command.organizer_id)
        if not await uow.profiles.add_series(values):
            raise BillingError(
                BillingErrorCode.DUPLICATE_SERIES, f"A series {prefix} exists already.", "prefix"
            )
        await uow.commit()
    return series_id
