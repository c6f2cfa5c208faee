"""The issuer's keys: kept encrypted, two live after a rotation, older ones retired."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from servicekit.auth import InvalidToken
from sqlalchemy import select
from users_service.adapters.access_tokens import AccessTokenIssuer, KeyRing, LocalTokenVerifier
from users_service.adapters.orm import SigningKeyRow
from users_service.adapters.signing_keys import KeySet
from users_service.bootstrap import UsersServices
from users_service.domain.roles import Role


class CountingKeyRing(KeyRing):
    """The real key ring, counting its reloads."""

    reloads = 0

    async def reload(self) -> KeySet:
        self.reloads += 1
        return await super().reload()


def verifier(services: UsersServices) -> LocalTokenVerifier:
    return LocalTokenVerifier(
        services.keys, issuer=services.settings.token_issuer, audience=services.settings.token_audience
    )


async def token(services: UsersServices) -> str:
    assert services.deps.access_tokens is not None
    issued = await services.deps.access_tokens.issue(
        uuid.uuid4(), frozenset({Role.USER}), datetime.now(UTC), session_id=uuid.uuid4()
    )
    return issued.token


async def test_private_keys_are_stored_encrypted_and_never_printed(services: UsersServices) -> None:
    async with services.deps.unit_of_work() as uow:
        pems = (await uow.session.execute(select(SigningKeyRow.private_key_pem))).scalars().all()
    assert pems
    assert all(pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----") for pem in pems)
    signing = (await services.keys.current()).signing
    assert "PRIVATE" not in repr(signing)
    assert repr(signing) == f"SigningKey(kid={signing.kid!r})"


async def test_after_a_rotation_tokens_of_the_old_key_still_verify_and_new_ones_use_the_new_key(
    services: UsersServices,
) -> None:
    before = await token(services)
    new_kid = await services.keys.rotate()
    after = await token(services)

    assert (await verifier(services).verify(before)).subject
    assert (await verifier(services).verify(after)).subject
    assert len((await services.keys.public_jwks())["keys"]) == 2
    assert (await services.keys.current()).signing.kid == new_kid


async def test_a_second_rotation_retires_the_oldest_key(services: UsersServices) -> None:
    oldest = await token(services)
    await services.keys.rotate()
    await services.keys.rotate()
    assert len((await services.keys.public_jwks())["keys"]) == 2
    with pytest.raises(InvalidToken) as raised:
        await verifier(services).verify(oldest)
    assert raised.value.code == "UNKNOWN_KEY"


async def test_a_key_rotated_by_another_process_is_found_on_its_first_unknown_kid(
    services: UsersServices,
) -> None:
    other_process = KeyRing(services.keys.sessions, secret=services.settings.secret_key)
    this_process = KeyRing(services.keys.sessions, secret=services.settings.secret_key, min_reload_seconds=0)
    await this_process.current()
    await other_process.rotate()
    issuer = AccessTokenIssuer(
        other_process,
        issuer=services.settings.token_issuer,
        audience=services.settings.token_audience,
        lifetime=timedelta(minutes=15),
    )
    issued = await issuer.issue(
        uuid.uuid4(), frozenset({Role.USER}), datetime.now(UTC), session_id=uuid.uuid4()
    )
    verifier = LocalTokenVerifier(
        this_process, issuer=services.settings.token_issuer, audience=services.settings.token_audience
    )
    assert (await verifier.verify(issued.token)).roles == {Role.USER}


async def test_a_running_service_signs_with_the_key_the_cli_rotated_in_once_its_keys_age(
    services: UsersServices,
) -> None:
    running_service = KeyRing(services.keys.sessions, secret=services.settings.secret_key, max_age_seconds=0)
    before = (await running_service.current()).signing.kid
    cli = KeyRing(services.keys.sessions, secret=services.settings.secret_key)
    rotated_in = await cli.rotate()
    assert rotated_in != before
    assert (await running_service.current()).signing.kid == rotated_in


async def test_fresh_keys_are_not_reloaded_on_every_token(services: UsersServices) -> None:
    running_service = KeyRing(
        services.keys.sessions, secret=services.settings.secret_key, max_age_seconds=3600
    )
    before = (await running_service.current()).signing.kid
    await KeyRing(services.keys.sessions, secret=services.settings.secret_key).rotate()
    assert (await running_service.current()).signing.kid == before


async def test_requests_finding_the_keys_not_loaded_together_load_them_once(services: UsersServices) -> None:
    keys = CountingKeyRing(services.keys.sessions, secret=services.settings.secret_key)
    await asyncio.gather(*(keys.current() for _ in range(20)))
    assert keys.reloads == 1


class PausingKeyRing(KeyRing):
    """The real key ring, whose next reload waits for the test once `pause` is set."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pause = False
        self.reloading, self.go_on = asyncio.Event(), asyncio.Event()

    async def reload(self) -> KeySet:
        if self.pause:
            self.reloading.set()
            await self.go_on.wait()
        return await super().reload()


async def test_a_token_is_signed_with_the_keys_in_hand_while_another_request_reloads_them(
    services: UsersServices,
) -> None:
    """Issuing happens inside a transaction holding a connection: waiting for a reload (which
    needs another connection) in every request at once could empty the pool."""
    keys = PausingKeyRing(services.keys.sessions, secret=services.settings.secret_key, max_age_seconds=0)
    in_hand = await keys.current()
    keys.pause = True
    reloading = asyncio.create_task(keys.current())
    await keys.reloading.wait()
    meanwhile = asyncio.create_task(keys.current())
    await asyncio.sleep(0)  # one turn of the loop: enough unless it waits for the reload
    assert meanwhile.done()
    assert meanwhile.result() is in_hand
    keys.go_on.set()
    assert (await reloading).signing.kid == in_hand.signing.kid
