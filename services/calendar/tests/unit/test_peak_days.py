from datetime import date

from calendar_service.domain.peak import ItemDay, peak_items, peak_warnings

DAY = date(2026, 12, 3)


def chairs(confirmed: int, held: int = 0, day: date = DAY, usable: int = 500) -> ItemDay:
    return ItemDay("chairs", "Chairs", "piece", day, usable=usable, confirmed=confirmed, held=held)


def test_a_marriage_day_with_most_of_an_item_used_is_a_peak_day() -> None:
    assert peak_items(("marriage",), [chairs(confirmed=350, held=50)]) == [chairs(350, 50)]


def test_the_same_use_on_a_day_that_is_no_muhurtham_makes_no_peak() -> None:
    assert peak_items(("shop_opening",), [chairs(confirmed=500)]) == []
    assert peak_items((), [chairs(confirmed=500)]) == []


def test_a_gruhapravesam_day_counts_and_light_use_does_not() -> None:
    assert peak_items(("gruhapravesam",), [chairs(confirmed=399)]) == []
    assert peak_items(("gruhapravesam",), [chairs(confirmed=400)]) == [chairs(400)]


def test_an_item_with_nothing_usable_is_never_a_peak() -> None:
    assert peak_items(("marriage",), [chairs(confirmed=0, usable=0)]) == []


def test_warnings_are_for_today_and_ahead_soonest_and_emptiest_first() -> None:
    past, today, later = date(2026, 12, 1), date(2026, 12, 2), date(2026, 12, 9)
    lights = ItemDay("lights", "Light sets", "set", later, usable=40, confirmed=40, held=0)
    peaks = {
        past: [chairs(500, day=past)],
        later: [chairs(420, day=later), lights],
        today: [chairs(450, day=today)],
    }
    warned = peak_warnings(peaks, today)
    assert [(w.day, w.item_id) for w in warned] == [(today, "chairs"), (later, "lights"), (later, "chairs")]
    assert warned[1].free == 0
