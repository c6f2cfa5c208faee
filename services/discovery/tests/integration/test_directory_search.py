"""The directory's search: service, district, free on a date (the read model), text across scripts,
sorts and pages, against the real database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from discovery_service.bootstrap import DiscoveryServices
from discovery_service.consumers.availability import keep_day_load
from discovery_service.domain.errors import DirectoryError
from discovery_service.domain.vocabulary import ListingSort
from discovery_service.service_layer import listings
from discovery_service.service_layer.commands import OfferDraft, SearchListings
from servicekit.errors import InvalidInput

from .scenarios import day_load, in_days, organizer, telugu_decorator, tent_house


async def names(services: DiscoveryServices, **query: object) -> list[str]:
    page = await listings.search_listings(SearchListings(**query), services.deps)  # type: ignore[arg-type]
    return [item.display_name for item in page.items]


async def test_search_filters_by_service_and_district(services: DiscoveryServices) -> None:
    await tent_house(services.deps)
    await telugu_decorator(services.deps)
    assert await names(services, service="tent_and_shamiana", district="Krishna") == ["Lakshmi Tent House"]
    assert await names(services, service="decoration", district="Krishna") == []
    assert await names(services, district="హైదరాబాద్") == ["Venkateswara Decorations"]


async def test_a_telugu_query_finds_an_english_listing_and_the_reverse(services: DiscoveryServices) -> None:
    await tent_house(services.deps)
    await telugu_decorator(services.deps, display_name="Sri Venkateswara")
    assert (await names(services, text="షామియానా"))[0] == "Lakshmi Tent House"
    assert (await names(services, text="shamiyana"))[0] == "Lakshmi Tent House"
    assert (await names(services, text="venkateswara decorations"))[0] == "Sri Venkateswara"
    assert await names(services, text="bicycle repair") == []


async def test_an_organizer_with_a_full_day_is_not_free_on_it(services: DiscoveryServices) -> None:
    busy = await tent_house(services.deps)
    await tent_house(services.deps, display_name="Durga Tent House")
    wedding_day = in_days(30)
    async with services.deps.unit_of_work() as uow:
        await keep_day_load(uow.session, day_load(busy.organizer_id, wedding_day, free=0))
        await uow.commit()
    assert await names(services, service="tent_and_shamiana", free_on=wedding_day) == ["Durga Tent House"]
    assert len(await names(services, service="tent_and_shamiana", free_on=in_days(31))) == 2


async def test_a_late_availability_event_does_not_overwrite_a_newer_one(services: DiscoveryServices) -> None:
    busy = await tent_house(services.deps)
    day = in_days(30)
    now = datetime.now(UTC)
    async with services.deps.unit_of_work() as uow:
        await keep_day_load(uow.session, day_load(busy.organizer_id, day, free=1, at=now))
        await keep_day_load(
            uow.session, day_load(busy.organizer_id, day, free=0, at=now - timedelta(minutes=1))
        )
        await uow.commit()
    assert await names(services, free_on=day) == ["Lakshmi Tent House"]


async def test_sort_by_price_uses_the_chosen_service_and_by_rating_puts_unrated_last(
    services: DiscoveryServices,
) -> None:
    await tent_house(
        services.deps, display_name="Costly", services=[OfferDraft("lighting", 90_000_00, 99_000_00)]
    )
    await tent_house(
        services.deps, display_name="Cheap", services=[OfferDraft("lighting", 5_000_00, 9_000_00)]
    )
    assert await names(services, service="lighting", sort=ListingSort.PRICE) == ["Cheap", "Costly"]
    rated = await tent_house(services.deps, display_name="Rated")
    async with services.deps.unit_of_work() as uow:
        await uow.listings.add_rating(rated.organizer_id, 4, 1)
        await uow.commit()
    assert (await names(services, sort=ListingSort.RATING))[0] == "Rated"


async def test_pages_count_every_match_and_stop_at_the_page_size(services: DiscoveryServices) -> None:
    for n in range(5):
        await tent_house(services.deps, display_name=f"Tent House {n}")
    page = await listings.search_listings(SearchListings(first=2, offset=4), services.deps)
    assert (page.total, len(page.items)) == (5, 1)


async def test_hidden_and_unpublished_listings_are_not_found(services: DiscoveryServices) -> None:
    await tent_house(services.deps, published=False)
    gone = await tent_house(services.deps, display_name="Deactivated")
    async with services.deps.unit_of_work() as uow:
        await uow.listings.set_deactivated(gone.organizer_id)
        await uow.commit()
    assert await names(services) == []


@pytest.mark.parametrize(
    ("query", "code", "field"),
    [
        ({"service": "juggling"}, "UNKNOWN_SERVICE", "service"),
        ({"district": "Chennai"}, "UNKNOWN_DISTRICT", "district"),
        ({"free_on": in_days(-1)}, "DATE_IN_PAST", "date"),
        ({"free_on": in_days(6 * 366)}, "DATE_TOO_FAR", "date"),
        ({"first": 101}, "INVALID_PAGE_SIZE", "first"),
        ({"text": "x" * 201}, "TEXT_TOO_LONG", "text"),
    ],
)
async def test_bad_search_input_is_a_typed_error(
    services: DiscoveryServices, query: dict[str, object], code: str, field: str
) -> None:
    with pytest.raises(DirectoryError) as raised:
        await listings.search_listings(SearchListings(**query), services.deps)  # type: ignore[arg-type]
    assert (raised.value.code, raised.value.field) == (code, field)


async def test_a_listing_with_several_bad_fields_reports_each(services: DiscoveryServices) -> None:
    with pytest.raises(InvalidInput) as raised:
        await tent_house(
            services.deps,
            display_name=" ",
            services=[OfferDraft("juggling", 1, 2), OfferDraft("lighting", 500, 100)],
            districts=["Madras"],
            contact_phone="12345",
        )
    found = {(e.code, e.field) for e in raised.value.errors}
    assert found == {
        ("INVALID_NAME", "displayName"),
        ("UNKNOWN_SERVICE", "services.0.service"),
        ("INVALID_PRICE_RANGE", "services.1.minPaise"),
        ("UNKNOWN_DISTRICT", "districts.0"),
        ("INVALID_PHONE", "contactPhone"),
    }


async def test_html_in_the_about_is_kept_as_text(services: DiscoveryServices) -> None:
    about = "<script>alert('x')</script> <b>Best</b> shamiana"
    saved = await tent_house(services.deps, about=about)
    assert saved.about == about


async def test_an_organizer_cannot_save_someone_elses_listing(services: DiscoveryServices) -> None:
    from servicekit.errors import Forbidden

    with pytest.raises(Forbidden):
        await tent_house(services.deps, caller=organizer(), organizer_id=str(organizer().user_id))
