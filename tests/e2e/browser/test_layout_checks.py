"""The layout checks the screen tests rely on, shown screens they must refuse (no browser)."""

from __future__ import annotations

from .layout_checks import Node, layout_problems

PHONE = 390


def text(label: str, x: float, width: float, role: str = "", height: float = 20) -> Node:
    # Widths as measured at 11 px: about 6 px a letter.
    words = label.split()
    return Node(role, label, x, 0, width, height, 6.0 * len(label), 6.0 * max(len(w) for w in words))


def test_a_screen_that_fits_has_no_problems() -> None:
    nodes = [
        text("EventXperts", 16, 118, role="heading", height=28),
        text("Sign out", 280, 100, role="button", height=48),
        text("Deactivate Ramesh? They are signed out at once.", 12, 200, height=60),  # wrapped: fine
    ]
    assert layout_problems(nodes, PHONE) == []


def test_a_bar_wider_than_the_phone_is_outside_the_viewport() -> None:
    problems = layout_problems([text("Sign out", 340, 100, role="button", height=48)], PHONE)
    assert problems == ["button 'Sign out' reaches outside the 390 px viewport (x 340 to 440)"]


def test_a_title_squeezed_to_nothing_is_clipped() -> None:
    [problem] = layout_problems([text("EventXperts", 16, 4, role="heading", height=28)], PHONE)
    assert "heading 'EventXperts' is clipped" in problem


def test_a_clipped_button_label_is_found_though_wrapped_text_may_be_narrow() -> None:
    clipped, too_small = layout_problems([text("Sign out", 350, 20, role="button", height=48)], PHONE)
    assert "button 'Sign out' is clipped" in clipped
    assert "tap target" in too_small
    assert layout_problems([text("Include deactivated users", 12, 70, height=60)], PHONE) == []
    assert "is clipped" in layout_problems([text("Include deactivated users", 12, 20, height=200)], PHONE)[0]


def test_a_small_tap_target_is_found() -> None:
    [problem] = layout_problems([text("Next", 12, 64, role="button", height=32)], PHONE)
    assert problem == "button 'Next' is a 64 x 32 px tap target (under 48)"


def test_a_button_cut_by_the_bottom_of_the_viewport_is_only_scrolled_away() -> None:
    cut = Node("button", "Save profile", 12, 852, 106, 24, 70.0, 40.0)  # cut at 900 - 24 px padding
    assert layout_problems([cut], PHONE, viewport_height=900) == []
    assert "tap target" in layout_problems([cut], PHONE, viewport_height=1000)[0]
