"""Used-item listings: moderated before anyone finds them, found in either script, sold or withdrawn
by their seller only, and a buyer's thread shows the seller's phone only once the seller replied."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from contracts import users as u
from marketplace_service.bootstrap import MarketplaceServices
from marketplace_service.consumers.users_events import erase_person
from marketplace_service.domain.errors import MarketErrorCode
from marketplace_service.domain.listings import ListingStatus
from marketplace_service.service_layer import listing_reads, listing_threads, listings
from marketplace_service.service_layer.listing_reads import ListingQuery
from servicekit.errors import DomainError, InvalidInput
from servicekit.events import Envelope

from .scenarios import ADMIN, active_listing, buyer, outbox_types, used_tent


async def found(services: MarketplaceServices, text: str = "", **filters: object) -> list[uuid.UUID]:
    page = await listing_reads.search_listings(services.deps, ListingQuery(text=text, **filters))  # type: ignore[arg-type]
    return [row.id for row in page.listings]


async def test_a_listing_is_found_only_once_a_super_admin_approves_it(services: MarketplaceServices) -> None:
    deps, seller = services.deps, buyer()
    listing_id = await listings.create_listing(deps, seller, used_tent())
    assert listing_id not in await found(services, "shamiana")
    await listings.moderate_listing(deps, ADMIN, listing_id, True, None)
    assert listing_id in await found(services, "shamiyana")  # misspelt
    assert listing_id in await found(services, "షామియానా")  # the other script
    assert listing_id in await found(services, district="Hyderabad", max_price_paise=800000)
    assert listing_id not in await found(services, district="Visakhapatnam")
    kinds = await outbox_types(deps, str(listing_id))
    assert kinds == ["marketplace.listing.changed", "marketplace.listing.changed"]


async def test_only_super_admins_moderate_and_a_rejection_needs_a_reason(
    services: MarketplaceServices,
) -> None:
    deps, seller = services.deps, buyer()
    listing_id = await listings.create_listing(deps, seller, used_tent())
    with pytest.raises(DomainError) as forbidden:
        await listings.moderate_listing(deps, seller, listing_id, True, None)
    with pytest.raises(DomainError) as no_reason:
        await listings.moderate_listing(deps, ADMIN, listing_id, False, " ")
    await listings.moderate_listing(deps, ADMIN, listing_id, False, "Photos of another item")
    row = await listing_reads.listing(deps, seller, listing_id)
    assert (forbidden.value.code, no_reason.value.code) == ("FORBIDDEN", MarketErrorCode.REASON_REQUIRED)
    assert (row.status, row.status_reason) == (ListingStatus.REJECTED, "Photos of another item")
    with pytest.raises(DomainError) as hidden:
        await listing_reads.listing(deps, buyer(), listing_id)
    assert hidden.value.code == MarketErrorCode.NOT_FOUND


async def test_bad_listing_input_is_all_reported_together_and_nothing_is_written(
    services: MarketplaceServices,
) -> None:
    deps, seller = services.deps, buyer()
    bad = used_tent(title=" ", price_paise=-5, district="Atlantis", contact_phone="12", category_id="boats")
    with pytest.raises(InvalidInput) as refused:
        await listings.create_listing(deps, seller, bad)
    assert {(e.code, e.field) for e in refused.value.errors} == {
        (MarketErrorCode.INVALID_CATEGORY, "categoryId"),
        (MarketErrorCode.INVALID_NAME, "title"),
        (MarketErrorCode.INVALID_PRICE, "pricePaise"),
        (MarketErrorCode.INVALID_DISTRICT, "districtId"),
        (MarketErrorCode.INVALID_PHONE, "contactPhone"),
    }
    assert await listing_reads.my_listings(deps, seller) == []


async def test_only_the_seller_marks_sold_and_a_sold_listing_leaves_the_search(
    services: MarketplaceServices,
) -> None:
    deps, seller = services.deps, buyer()
    listing_id = await active_listing(deps, seller)
    with pytest.raises(DomainError) as not_theirs:
        await listings.close_listing(deps, buyer(), listing_id, sold=True)
    await listings.close_listing(deps, seller, listing_id, sold=True)
    with pytest.raises(DomainError) as again:
        await listings.close_listing(deps, seller, listing_id, sold=False)
    assert (not_theirs.value.code, again.value.code) == (
        MarketErrorCode.NOT_FOUND,
        MarketErrorCode.INVALID_TRANSITION,
    )
    assert listing_id not in await found(services, "shamiana")
    assert (await listing_reads.listing(deps, buyer(), listing_id)).status == ListingStatus.SOLD


async def test_an_edited_listing_waits_for_approval_again_and_only_its_seller_edits_it(
    services: MarketplaceServices,
) -> None:
    deps, seller = services.deps, buyer()
    listing_id = await active_listing(deps, seller)
    with pytest.raises(DomainError) as not_theirs:
        await listings.update_listing(deps, buyer(), listing_id, used_tent(title="Mine now"))
    with pytest.raises(DomainError) as bad:
        await listings.update_listing(deps, seller, listing_id, used_tent(price_paise=0))
    await listings.update_listing(deps, seller, listing_id, used_tent(title="Used shamiana 20x30"))
    row = await listing_reads.listing(deps, seller, listing_id)
    assert not_theirs.value.code == MarketErrorCode.NOT_FOUND
    assert bad.value.code == MarketErrorCode.INVALID_PRICE
    assert (row.title, row.status) == ("Used shamiana 20x30", ListingStatus.PENDING)
    assert listing_id not in await found(services, "shamiana")
    await listings.moderate_listing(deps, ADMIN, listing_id, True, None)
    assert listing_id in await found(services, "20x30")
    await listings.close_listing(deps, seller, listing_id, sold=True)
    with pytest.raises(DomainError) as sold:
        await listings.update_listing(deps, seller, listing_id, used_tent())
    assert sold.value.code == MarketErrorCode.INVALID_TRANSITION


async def test_the_sellers_phone_shows_in_a_thread_once_the_seller_replies(
    services: MarketplaceServices,
) -> None:
    deps, seller, someone = services.deps, buyer(), buyer()
    listing_id = await active_listing(deps, seller)
    thread_id = await listing_threads.message_seller(deps, someone, listing_id, "Is it still available?")
    before = await listing_threads.thread(deps, someone, thread_id)
    await listing_threads.reply(deps, seller, thread_id, "Yes, come on Sunday")
    after = await listing_threads.thread(deps, someone, thread_id)
    again = await listing_threads.message_seller(deps, someone, listing_id, "Thank you")
    assert before.seller_phone is None
    assert after.seller_phone == "+919848022338"
    assert again == thread_id  # one thread per buyer and listing
    assert [m.body for m in (await listing_threads.thread(deps, seller, thread_id)).messages] == [
        "Is it still available?",
        "Yes, come on Sunday",
        "Thank you",
    ]
    with pytest.raises(DomainError) as outsider:
        await listing_threads.thread(deps, buyer(), thread_id)
    with pytest.raises(DomainError) as own:
        await listing_threads.message_seller(deps, seller, listing_id, "hello me")
    assert (outsider.value.code, own.value.code) == (MarketErrorCode.NOT_FOUND, MarketErrorCode.OWN_LISTING)
    assert "marketplace.listing.message_sent" in await outbox_types(deps, str(listing_id))


async def test_a_pending_listing_takes_no_messages(services: MarketplaceServices) -> None:
    deps = services.deps
    listing_id = await listings.create_listing(deps, buyer(), used_tent())
    with pytest.raises(DomainError) as refused:
        await listing_threads.message_seller(deps, buyer(), listing_id, "hi")
    assert refused.value.code == MarketErrorCode.NOT_FOUND


async def test_an_erased_seller_leaves_withdrawn_listings_without_phone_and_messages_without_words(
    services: MarketplaceServices,
) -> None:
    deps, seller, someone = services.deps, buyer(), buyer()
    listing_id = await active_listing(deps, seller)
    thread_id = await listing_threads.message_seller(deps, someone, listing_id, "Price?")
    await listing_threads.reply(deps, seller, thread_id, "Call me on 98480 22338")
    erased = u.UserErasedV1(
        user_id=uuid.UUID(seller.user_id or ""),
        occurred_at=datetime.now(UTC),
        erased_by=None,
        reason="own_request",
    )
    envelope = Envelope(
        id=uuid.uuid4(),
        type=u.USER_ERASED,
        version=1,
        occurred_at=erased.occurred_at,
        producer="users",
        key=str(erased.user_id),
        trace_id=None,
        payload=erased.model_dump(mode="json"),
    )
    async with deps.unit_of_work() as uow:
        await erase_person(uow.session, envelope)
        await uow.commit()
    row = await listing_reads.listing(deps, ADMIN, listing_id)
    view = await listing_threads.thread(deps, someone, thread_id)
    assert (row.status, row.contact_phone, row.description) == (ListingStatus.WITHDRAWN, None, None)
    assert [m.body for m in view.messages] == ["Price?", None]
    assert view.seller_phone is None
