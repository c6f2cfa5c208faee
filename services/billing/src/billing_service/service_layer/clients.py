"""Clients: name, phones, email, billing address with state, GSTIN when registered."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from servicekit.auth import Caller
from servicekit.errors import InputChecks

from billing_service.domain import inputs
from billing_service.domain.errors import BillingError, BillingErrorCode, not_found
from billing_service.service_layer.authorization import Operation, authorize
from billing_service.service_layer.dependencies import UseCaseDependencies


@dataclass(frozen=True)
class SaveClient:
    organizer_id: uuid.UUID
    name: str
    client_id: uuid.UUID | None = None
    phones: list[str] = field(default_factory=list)
    email: str | None = None
    address_line: str | None = None
    city: str | None = None
    pin_code: str | None = None
    state_code: str | None = None
    gstin: str | None = None


def _checked(command: SaveClient) -> dict[str, object]:
    checks = InputChecks()
    name = checks.check(lambda: inputs.name(command.name))
    phones = [checks.check(lambda p=p: inputs.phone(p)) for p in command.phones]  # type: ignore[misc]
    email = checks.check(lambda: inputs.email(command.email))
    gstin = checks.check(lambda: inputs.gstin(command.gstin))
    state = checks.check(lambda: inputs.state_code(command.state_code))
    pin_raw = command.pin_code
    pin = checks.check(lambda: inputs.pin_code(pin_raw)) if pin_raw else None
    checks.raise_failures()
    if gstin and state and gstin[:2] != state:
        raise BillingError(
            BillingErrorCode.INVALID_STATE, "The state differs from the GSTIN's state.", "stateCode"
        )
    line = inputs.optional_text(command.address_line, "addressLine")
    city = inputs.optional_text(command.city, "city")
    address = {"line": line, "city": city, "pin_code": pin} if (line or city or pin) else None
    return {
        "name": name,
        "phones": phones,
        "email": email,
        "gstin": gstin,
        "state_code": state or (gstin[:2] if gstin else None),
        "address": address,
    }


async def save_client(deps: UseCaseDependencies, caller: Caller, command: SaveClient) -> uuid.UUID:
    """Add a client, or change one (by ``client_id``) of the same organizer."""
    authorize(caller, Operation.MANAGE_CLIENTS, owner_id=str(command.organizer_id))
    values = _checked(command)
    client_id = command.client_id or uuid.uuid4()
    async with deps.unit_of_work() as uow:
        if command.client_id is not None:
            existing = await uow.profiles.client(command.client_id)
            if existing is None or existing.organizer_id != command.organizer_id:
                raise not_found("client", "clientId")
        await uow.profiles.save_client({"id": client_id, "organizer_id": command.organizer_id, **values})
        await uow.commit()
    return client_id
