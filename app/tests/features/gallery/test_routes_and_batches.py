"""A shared link opens for guests and the signed-in alike; a batch never sends one content twice."""

from eventxperts_app.features.gallery.share import guest_link
from eventxperts_app.features.gallery.shared_screen import share_code_of
from eventxperts_app.features.gallery.uploads import PickedPhoto, unique
from eventxperts_app.sections import SECTIONS
from eventxperts_app.ui.routes import resolve_route


def test_a_shared_link_opens_without_signing_in_and_when_signed_in() -> None:
    assert resolve_route("/g/abc123", signed_in=False, sections=SECTIONS) == "/g/abc123"
    assert resolve_route("/g/abc123", signed_in=True, sections=SECTIONS) == "/g/abc123"


def test_the_organizers_gallery_needs_signing_in() -> None:
    assert resolve_route("/gallery", signed_in=False, sections=SECTIONS) == "/login"


def test_a_bare_or_deeper_prefix_path_is_no_shared_link() -> None:
    assert SECTIONS.route("/g/") is None
    assert SECTIONS.route("/g/a/b") is None


def test_the_link_a_guest_opens_carries_the_code_the_screen_reads() -> None:
    link = guest_link("https://eventxperts.app/", "Xy_9")
    assert link == "https://eventxperts.app/g/Xy_9"
    assert share_code_of(link.removeprefix("https://eventxperts.app")) == "Xy_9"


def test_the_same_photo_picked_twice_is_sent_once() -> None:
    photos = [PickedPhoto("a.jpg", b"1"), PickedPhoto("copy of a.jpg", b"1"), PickedPhoto("b.jpg", b"2")]
    assert [p.name for p in unique(photos)] == ["a.jpg", "b.jpg"]
