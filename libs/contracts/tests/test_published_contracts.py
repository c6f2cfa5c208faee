"""Every published contract has a committed schema snapshot, and the code still honours it."""

from __future__ import annotations

import pytest
from contracts.catalog import (
    PUBLISHED,
    Contract,
    InvalidPayload,
    UnknownContract,
    contract_for,
    parse_payload,
)
from contracts.compatibility import incompatibilities
from contracts.snapshots import current_schema, read_snapshot


@pytest.mark.parametrize("contract", PUBLISHED, ids=lambda c: f"{c.type}.v{c.version}")
def test_a_published_contract_stays_compatible_with_its_committed_snapshot(contract: Contract) -> None:
    snapshot = read_snapshot(contract)
    assert snapshot is not None, (
        f"{contract.snapshot_name} is missing: run `uv run python -m contracts.snapshots` and commit it"
    )
    assert incompatibilities(snapshot, current_schema(contract)) == [], (
        "a published version changed incompatibly: publish a new version instead"
    )


def test_each_contract_is_published_once_on_its_aggregate_topic() -> None:
    keys = [(c.type, c.version) for c in PUBLISHED]
    assert len(keys) == len(set(keys))
    assert contract_for("users.user.registered", 1).topic == "users.user.v1"


def test_an_unknown_contract_and_a_payload_breaking_its_contract_get_stable_codes() -> None:
    with pytest.raises(UnknownContract) as unknown:
        contract_for("users.user.registered", 99)
    with pytest.raises(InvalidPayload) as invalid:
        parse_payload("users.user.deactivated", 1, {"user_id": "not-a-uuid"})
    assert (unknown.value.code, invalid.value.code) == ("UNKNOWN_CONTRACT", "INVALID_PAYLOAD")
