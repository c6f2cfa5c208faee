"""The profile form helps (issue 9): a GSTIN fills in the state, a PIN code fills in district and state
offline, the default location suggests gazetteer towns in English or Telugu and sends the one picked,
and a refused field says the exact rule broken in the language on screen."""

from __future__ import annotations

from typing import Any, cast

import flet as ft
from eventxperts_app.api.models import ApiError
from eventxperts_app.api.parsing import parse_user
from eventxperts_app.features.account.models import State
from eventxperts_app.features.account.profile_screen import ProfileScreen
from eventxperts_app.features.account.variables import profile_variables
from eventxperts_app.i18n import Language
from eventxperts_app.ui.app_context import AppContext

from ...languages import has_telugu, switch
from ...payloads import user_json
from ...texts import EN, TE

STATES = (
    State("36", "Telangana", "తెలంగాణ"),
    State("37", "Andhra Pradesh", "ఆంధ్రప్రదేశ్"),
    State("29", "Karnataka"),
)


def _tile(screen: ProfileScreen, index: int = 0) -> ft.ListTile:
    tile = screen.place.suggestions.controls[index]
    assert isinstance(tile, ft.ListTile)
    return tile


def _title(tile: ft.ListTile) -> str:
    assert isinstance(tile.title, ft.Text)
    return str(tile.title.value)


def _subtitle(tile: ft.ListTile) -> str:
    assert isinstance(tile.subtitle, ft.Text)
    return str(tile.subtitle.value)


def _pick(tile: ft.ListTile) -> None:
    assert tile.on_click is not None
    cast(Any, tile.on_click)(None)  # the picker's handler ignores its event


def _location_sent(screen: ProfileScreen) -> Any:
    return cast(dict[str, Any], profile_variables(screen.form())["input"])["defaultLocation"]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _screen(ctx: AppContext) -> ProfileScreen:
    screen = ProfileScreen(ctx)
    screen._states = STATES
    screen._name_states()
    return screen


def test_a_gstin_fills_in_its_state_once_its_state_code_is_typed(ctx: AppContext) -> None:
    screen = _screen(ctx)
    screen.fields.gstin.value = "3"
    screen.gstin_typed()
    assert screen.state.value is None
    screen.fields.gstin.value = "37AABCT1332L1Z"
    screen.gstin_typed()
    assert screen.state.value == "37"
    screen.fields.gstin.value = "99AAB"  # no state has 99: the choice stays
    screen.gstin_typed()
    assert screen.state.value == "37"


def test_a_pin_code_fills_in_district_and_state_offline_in_the_language_on_screen(ctx: AppContext) -> None:
    screen = _screen(ctx)
    screen.fields.pin_code.value = "506 002"
    screen.pin_typed()
    assert (screen.state.value, screen.fields.district.value) == ("36", "Hanumakonda")
    switch(ctx, screen, Language.TE)
    screen.fields.pin_code.value = "530001"
    screen.pin_typed()
    assert screen.state.value == "37"
    assert screen.fields.district.value == "విశాఖపట్నం"


def test_an_incomplete_or_unknown_pin_code_fills_in_nothing(ctx: AppContext) -> None:
    screen = _screen(ctx)
    screen.fields.district.value = "As typed"
    for pin in ("5000", "599999", "050001"):
        screen.fields.pin_code.value = pin
        screen.pin_typed()
    assert (screen.state.value, screen.fields.district.value) == (None, "As typed")


def test_a_pin_code_serving_two_districts_fills_in_the_state_only(ctx: AppContext) -> None:
    screen = _screen(ctx)
    screen.fields.pin_code.value = "517501"
    screen.pin_typed()
    assert (screen.state.value, screen.fields.district.value) == ("37", "")


def test_the_location_suggests_towns_by_english_or_telugu_prefix_and_sends_the_one_picked(
    ctx: AppContext,
) -> None:
    screen = _screen(ctx)
    screen.place.typed("Vija")
    assert screen.place.suggestions.visible
    first = _tile(screen)
    assert _title(first) == "Vijayawada"
    assert _subtitle(first) == "NTR, Andhra Pradesh"
    _pick(first)
    assert screen.fields.default_city.value == "Vijayawada"
    assert not screen.place.suggestions.visible
    assert _location_sent(screen) == {"placeId": "vijayawada"}
    switch(ctx, screen, Language.TE)
    assert screen.fields.default_city.value == "విజయవాడ"
    screen.place.typed("వరంగ")
    assert _title(_tile(screen)) == "వరంగల్"
    assert has_telugu(_subtitle(_tile(screen)))


def test_typing_after_picking_sends_what_is_typed_and_coordinates_as_a_point(ctx: AppContext) -> None:
    screen = _screen(ctx)
    screen.place.typed("Tiru")
    _pick(_tile(screen))
    screen.fields.default_city.value = "Tirupathi"
    screen.place.typed("Tirupathi")
    assert _location_sent(screen) == {"city": "Tirupathi"}
    screen.fields.default_city.value = "17.385, 78.486"
    screen.place.typed("17.385, 78.486")
    assert not screen.place.suggestions.visible
    assert _location_sent(screen) == {
        "latitude": 17.385,
        "longitude": 78.486,
    }


def test_the_location_field_says_what_it_accepts_and_why_it_was_refused(ctx: AppContext) -> None:
    screen = _screen(ctx)
    assert "17.385, 78.486" in _text(screen.fields.default_city.helper)
    screen.errors.show([ApiError("INVALID_LOCATION", "x", "defaultLocation.city", "LOCATION_UNKNOWN_PLACE")])
    assert "Andhra Pradesh or Telangana" in _text(screen.fields.default_city.error)
    assert "17.385, 78.486" in _text(screen.fields.default_city.error)
    switch(ctx, screen, Language.TE)
    assert has_telugu(_text(screen.fields.default_city.error))
    assert has_telugu(_text(screen.fields.default_city.helper))


def test_a_saved_gazetteer_place_shows_in_the_language_on_screen(ctx: AppContext) -> None:
    screen = _screen(ctx)
    location = {"city": "Warangal", "latitude": 17.97, "longitude": 79.6, "timezone": "Asia/Kolkata"}
    location["place"] = {"id": "warangal", "nameTe": "వరంగల్"}
    user = parse_user(user_json(profile={**user_json()["profile"], "defaultLocation": location}))
    screen._show(user.profile)
    assert screen.fields.default_city.value == "Warangal"
    assert _location_sent(screen) == {"placeId": "warangal"}
    switch(ctx, screen, Language.TE)
    assert screen.fields.default_city.value == "వరంగల్"


def test_the_gstin_s_actual_problem_is_shown_next_to_it_in_both_languages(ctx: AppContext) -> None:
    screen = _screen(ctx)
    problems = {
        "GSTIN_CHECK_CHARACTER": "typing mistake",
        "GSTIN_STATE_MISMATCH": "another state",
        "GSTIN_LENGTH": "15 characters",
    }
    for reason, words in problems.items():
        screen.errors.show([ApiError("INVALID_GSTIN", "English from the service", "gstin", reason)])
        switch(ctx, screen, Language.EN)
        assert words in _text(screen.fields.gstin.error)
        assert screen.fields.gstin.error != EN.error("INVALID_GSTIN")
        switch(ctx, screen, Language.TE)
        assert has_telugu(_text(screen.fields.gstin.error))
        assert screen.fields.gstin.error != TE.error("INVALID_GSTIN")
    screen.errors.show([ApiError("INVALID_STATE", "x", "stateCode", "GSTIN_STATE_MISMATCH")])
    assert has_telugu(_text(screen.state.error_text))
