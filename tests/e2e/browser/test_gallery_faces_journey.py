"""Finding one's photos by selfie in the browser (issue 12), against the real platform: an organizer
uploads three labelled photos (two with Joe Biden, one without) with the file picker and watches
them indexed; a guest on a phone-sized screen opens the shared link, agrees, sends a selfie of Biden
and sees exactly his two photos, their thumbnails loaded and decoded by the browser (the page on the
app's own port, cross-origin isolated, takes them from the edge); "hide me" with the same selfie,
and the search finds none. The
photos come from the labelled set (faces.dataset, ../shared/datasets/faces), never copied into the
repository. Screenshots in English and Telugu (the organizer's screen; the guest's at a phone's
width)."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import httpx
import pytest
from faces.dataset import dataset_location
from playwright.sync_api import ViewportSize, expect

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, register_organizer
from .flutter_ui import FlutterUi
from .network import Exchange, Network
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DATASET = dataset_location()
ALBUM_PHOTOS = ("fr/biden.jpg", "fr/test_obama_and_biden.jpg", "fr/test_kit_with_rose.jpg")
SELFIE = DATASET / "fr/train_biden_biden2.jpg"
PHONE: ViewportSize = {"width": 390, "height": 844}
INDEXED = re.compile(r"Faces: 3 of 3 photos indexed, 0 waiting, \d+ faces found")
STORAGE = re.compile(r"3 of 5,000 photos · \d+\.\d of 20 GB")
REFRESHES = 60  # a ceiling for a loaded 2-core machine's indexing, not a speed check


def share_by_link(platform: RunningPlatform, email: str) -> str:
    """The organizer's album shared by link through the API (the switch is another journey's);
    answers the share code."""

    def graph(query: str, token: str | None = None, **variables: object) -> dict[str, object]:
        headers = {"authorization": f"Bearer {token}"} if token else {}
        answer = httpx.post(
            platform.gateway_url, json={"query": query, "variables": variables}, headers=headers, timeout=60
        ).json()
        assert "errors" not in answer, answer
        return dict(answer["data"])

    login = graph(
        "mutation($i: LoginInput!) { login(input: $i) { tokens { accessToken } } }",
        i={"email": email, "password": PASSWORD},
    )
    token = str(login["login"]["tokens"]["accessToken"])  # type: ignore[index]
    albums = graph("query { myAlbums(limit: 10) { id } }", token)["myAlbums"]
    shared = graph(
        "mutation($a: ID!) { setAlbumVisibility(id: $a, visibility: LINK) { album { shareCode } } }",
        token,
        a=albums[0]["id"],  # type: ignore[index]
    )
    return str(shared["setAlbumVisibility"]["album"]["shareCode"])  # type: ignore[index]


def choose_files(ui: FlutterUi, button: str, *files: Path) -> None:
    """Taps `button` and answers the browser's file chooser it opens (the Flet file picker)."""
    with ui.page.expect_file_chooser() as chooser:
        ui.click(button)
    chooser.value.set_files([str(f) for f in files])


def wait_until_indexed(ui: FlutterUi) -> None:
    indexed = ui.page.get_by_text(INDEXED)
    for _ in range(REFRESHES):
        if indexed.count():
            return
        ui.click("Refresh progress")
        ui.page.wait_for_timeout(2_000)  # the worker's pace, between taps; not an assertion
    expect(indexed.first).to_be_visible()


def expect_thumbnails_decoded(ui: FlutterUi, network: Network) -> None:
    """The photos' files reached the page (none refused by CSP, COEP/CORP or CORS), and one of them
    decodes in the page as an image, fetched as the Flutter client fetches it."""

    def files() -> list[Exchange]:
        return [e for e in network.exchanges if "/gallery/files/" in e.path]

    for _ in range(30):  # the page asks for them once it draws the matches; a ceiling, not a timing check
        if files() or network.failed:
            break
        ui.page.wait_for_timeout(500)
    refused = [(e.path[:24], e.failure) for e in network.failed if "/gallery/files/" in e.path]
    assert not refused, refused
    loaded = files()
    assert loaded
    assert all(e.status == 200 for e in loaded), [(e.path[:24], e.status) for e in loaded]
    width = ui.page.evaluate(
        "async url => (await createImageBitmap(await (await fetch(url)).blob())).width", loaded[0].url
    )
    assert width > 0


def test_a_guest_finds_exactly_their_photos_by_selfie_then_hides_from_the_search(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    email = f"faces-{secrets.token_hex(4)}@example.in"
    ui.open(platform_stack.app_url)
    business = f"Sri Lakshmi Photos {secrets.token_hex(2)}"
    register_organizer(ui, business, email)
    ui.expect_text(f"Welcome, {business}")  # registering hashes a password: a loaded machine is slow
    ui.click("Gallery")
    ui.type_into("Title in English", "Reddy wedding")
    ui.type_into("Title in Telugu", "రెడ్డి పెళ్లి")
    ui.click("Save album")
    ui.expect_text("Faces: 0 of 0 photos indexed, 0 waiting, 0 faces found")  # the saved album, open
    choose_files(ui, "Upload photos", *(DATASET / name for name in ALBUM_PHOTOS))
    ui.expect_text("3 uploaded, 0 already in the album")
    expect(ui.page.get_by_text(STORAGE)).to_be_visible()  # the organizer's quota, on the album's card
    wait_until_indexed(ui)
    ui.screenshot(artifacts_dir / "app-gallery-indexed.png")
    ui.click("తెలుగు")
    ui.expect_text(te("Refresh progress"))
    expect(ui.page.get_by_text(re.compile("5,000 ఫోటోలలో 3 · 20 GBలో"))).to_be_visible()
    ui.screenshot(artifacts_dir / "app-gallery-indexed-telugu.png")
    ui.click("English")

    code = share_by_link(platform_stack, email)
    ui.page.set_viewport_size(PHONE)
    network = Network(ui.page)
    ui.open(f"{platform_stack.app_url.rstrip('/')}/g/{code}")
    ui.click("I agree, continue")
    choose_files(ui, "Take or choose a selfie", SELFIE)
    ui.expect_text("2 photos of you")
    expect(ui.page.get_by_role("button", name="Download", exact=True)).to_have_count(2 + 3)
    expect_thumbnails_decoded(ui, network)
    ui.screenshot(artifacts_dir / "app-gallery-selfie-matches.png")

    choose_files(ui, "Hide me from this album's search", SELFIE)
    expect(
        ui.page.get_by_text(re.compile(r"You are hidden from this album's search \(\d+ faces\)"))
    ).to_be_visible()
    choose_files(ui, "Take or choose a selfie", SELFIE)
    ui.expect_text("No photos of you were found")
    ui.screenshot(artifacts_dir / "app-gallery-hidden.png")
