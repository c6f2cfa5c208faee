"""The inbox on a real database: a batch claims each event id once, and never one claimed before."""

from __future__ import annotations

from servicekit.consumers import inbox
from servicekit.events import envelope_for

from .flow import Flow
from .messages import thing_changed


async def test_a_batch_claims_new_events_once_each_and_none_claimed_before(service_database: str) -> None:
    async with Flow.on(service_database) as flow:
        old, new = (
            envelope_for(thing_changed(flow.service, "a", seq), producer=flow.service, trace_id=None)
            for seq in range(2)
        )
        async with flow.sessions() as session, session.begin():
            assert await inbox.claim(session, old)
        async with flow.sessions() as session, session.begin():
            claimed = await inbox.claim_all(session, [old, new, new])
        async with flow.sessions() as session, session.begin():
            claimed_again = await inbox.claim_all(session, [old, new])

    assert claimed == {new.id}
    assert claimed_again == set()
