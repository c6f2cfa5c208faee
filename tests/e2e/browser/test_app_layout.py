"""Every screen at a phone's size (390 x 844) and a desktop's (1280 x 900), in English and Telugu:
sign-in, register, the home screen of a plain user, of an organizer (with the profile prompt) and of a
super admin (the users panel), the profile, the organizer's calendar and stock screens (month, booking
form with a muhurtham search, bookings list, booking detail, stock, availability) and billing (the
documents list, an issued invoice's detail with its payment form and send panel, the editor, clients,
the billing profile and the reports). Each is saved as a screenshot
(`artifacts/layout/<size>-<language>-<screen>.png`) and fails on clipped text, controls outside the
viewport and small tap targets found in the semantics tree (layout_checks.py). On the phone the
signed-in bar keeps the name and folds everything into the menu."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from eventxperts_app.i18n import N_, Language
from playwright.sync_api import Locator, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from ..conftest import RunningPlatform
from .app_steps import PASSWORD, create_super_admin, random_mobile
from .billing_setup import client_of, issued_invoice, registered_organizer, with_business_facts
from .calendar_layout import give_a_booking, walk_calendar_screens
from .flutter_ui import TIMEOUT_MS, FlutterUi
from .layout_checks import collect_nodes, layout_problems
from .texts import EN, TE

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SIZES = {"phone": (390, 844), "desktop": (1280, 900)}
LANGUAGE_NAMES = {Language.EN: "English", Language.TE: "తెలుగు"}
# Whichever language the person's preference put the app in (named by its tooltip and its icon).
MENU = re.compile("^(Menu|మెనూ)")


@dataclass(frozen=True)
class Person:
    role: str
    email: str
    name: str


@pytest.fixture(scope="module")
def people(platform_stack: RunningPlatform) -> list[Person]:
    tag = secrets.token_hex(3)
    made = [
        Person("user", f"layout-user-{tag}@example.in", "Ravi Kumar"),
        Person("organizer", f"layout-org-{tag}@example.in", "Sri Lakshmi Tent House"),
    ]
    mutation = "mutation($i: RegisterInput!) { register(input: $i) { errors { code } } }"
    for person in made:
        given = {"name": person.name, "email": person.email, "phone": random_mobile(), "password": PASSWORD}
        given["role"] = person.role.upper()
        answer = httpx.post(
            platform_stack.gateway_url, json={"query": mutation, "variables": {"i": given}}, timeout=30
        )
        assert answer.json()["data"]["register"]["errors"] == [], answer.text
    give_a_booking(platform_stack, made[1].email)
    admin = Person("admin", f"layout-admin-{tag}@example.in", "Platform Admin")  # as the CLI names them
    create_super_admin(platform_stack, admin.email)
    return [*made, admin]


BILLED_CLIENT = "Ravi Teja Kalyana Mandapam"


@pytest.fixture(scope="module")
def biller(platform_stack: RunningPlatform) -> Person:
    """An organizer with business facts (Telugu preferred, as the others), a client and an issued
    invoice partly paid: billing's screens with something on them."""
    person = Person("biller", f"layout-biller-{secrets.token_hex(3)}@example.in", "Sri Durga Tent House")
    organizer = registered_organizer(platform_stack, person.name, person.email)
    with_business_facts(organizer, person.name, language="TE")
    issued_invoice(organizer, client_of(organizer, BILLED_CLIENT), paid_paise=5_000_000)
    return person


class Screens:
    """Walks the app at one size, checking and photographing each screen."""

    def __init__(self, ui: FlutterUi, size: str, shots: Path) -> None:
        self.ui = ui
        self.size = size
        self.width, self.height = SIZES[size]
        self.shots = shots
        self.problems: list[str] = []
        self.language = Language.EN
        ui.page.set_viewport_size({"width": self.width, "height": self.height})

    @property
    def narrow(self) -> bool:
        return self.width < 600

    def t(self, english: str) -> str:
        return (EN if self.language is Language.EN else TE)(N_(english))

    def check(self, screen: str, ready: str) -> None:
        # A card's texts merge into its button's label, so the text is found within a node.
        expect(self.ui.page.get_by_text(ready).first).to_be_visible(timeout=TIMEOUT_MS)
        self.ui.page.wait_for_timeout(500)  # the last frame's layout; not an assertion
        name = f"{self.size}-{self.language.value}-{screen}"
        self.ui.screenshot(self.shots / f"{name}.png")
        found = layout_problems(collect_nodes(self.ui.page), self.width, self.height)
        self.problems += [f"{name}: {problem}" for problem in found]

    def choose_language(self, language: Language, signed_in: bool) -> None:
        self.language = language
        if signed_in and self.narrow:
            self.open_menu()
            self.menu_entry(LANGUAGE_NAMES[language]).click()
        elif signed_in:
            self.switch_in_bar(LANGUAGE_NAMES[language])
        else:
            self.ui.click(LANGUAGE_NAMES[language])

    def switch_in_bar(self, name: str) -> None:
        """Taps the language until the bar speaks it: a tap right after signing in can land before
        Flutter listens. (The frameless stretches once worked around here with a forced tap were
        skwasm's two threads spinning, decision 0049.)"""
        switched = self.ui.button(self.t("Sign out"))
        for _ in range(3):
            self.ui.button(name).click()
            try:
                switched.wait_for(timeout=5_000)
                return
            except PlaywrightTimeout:
                continue
        switched.wait_for()

    def open_menu(self) -> None:
        menu = self.ui.page.get_by_role("button", name=MENU)
        menu.wait_for()
        opened = self.ui.page.locator('[role="menu"]')
        for _ in range(3):  # a tap right after a screen change can land before Flutter listens
            # Forced: right after signing in, headless Chromium may draw no frame for a while, and
            # Playwright's wait for a "stable" box (two animation frames alike) then never ends; the
            # loop checks that the menu opened instead.
            menu.click(force=True)
            try:
                opened.wait_for(timeout=5_000)
                return
            except PlaywrightTimeout:
                continue
        opened.wait_for()

    def menu_entry(self, name: str) -> Locator:
        # The languages are checkable entries (menuitemcheckbox), the rest plain ones (menuitem).
        return self.ui.page.locator(f'[role^="menuitem"][aria-label="{name}"]')

    def go(self, entry: str) -> None:
        """An app bar entry: a button on a wide screen, an entry of the menu on a phone."""
        if self.narrow:
            self.open_menu()
            self.menu_entry(self.t(entry)).click()
        else:
            self.ui.click(self.t(entry))

    def sign_in(self, person: Person) -> None:
        self.ui.type_into(self.t("Email"), person.email)
        self.ui.type_into(self.t("Password"), PASSWORD)
        self.ui.click(self.t("Sign in"))
        # Signing in puts the app in the person's preferred language (Telugu, the service's default
        # for all three); once it has, over to the language tested.
        welcome = TE(N_("Welcome, {name}")).format(name=person.name)
        expect(self.ui.page.get_by_text(welcome).first).to_be_visible()
        if self.language is not Language.TE:
            self.choose_language(self.language, signed_in=True)


HOME_READY = {"user": "Your profile", "organizer": "Complete your business profile", "admin": "Users"}


def walk_signed_out(screens: Screens, language: Language) -> None:
    t = screens.t
    screens.choose_language(language, signed_in=False)
    screens.check("sign-in", t("Welcome back"))
    screens.ui.click(t("New here? Create an account"))
    screens.check("register", t("Create your account"))


def walk_person(screens: Screens, person: Person, language: Language) -> None:
    t = screens.t
    screens.choose_language(language, signed_in=False)
    screens.ui.expect_text(t("Welcome back"))
    screens.sign_in(person)
    screens.check(f"home-{person.role}", t(HOME_READY[person.role]))
    if person.role == "organizer":
        walk_calendar_screens(screens)
    if person.role == "user":
        screens.go("Profile")
        screens.check("profile", t("Business profile"))
    screens.go("Sign out")


def walk_billing_screens(screens: Screens, biller: Person, language: Language) -> None:
    t, ui = screens.t, screens.ui
    screens.choose_language(language, signed_in=False)
    ui.expect_text(t("Welcome back"))
    screens.sign_in(biller)
    screens.go("Billing")
    screens.check("billing-invoices", t("New quotation"))
    ui.click(t("Invoices"))
    ui.page.get_by_role("button", name=re.compile(BILLED_CLIENT)).first.click()
    screens.check("billing-invoice", t("Send or download"))
    ui.click(t("Record a payment"))
    screens.check("billing-payment", t("Record payment"))
    ui.click(t("Back to billing"))
    ui.click(t("New quotation"))
    screens.check("billing-editor", t("Save draft"))
    ui.click(t("Back to billing"))
    ui.click(t("Clients"))
    screens.check("billing-clients", t("Save client"))
    ui.click(t("Back to billing"))
    ui.click(t("Billing profile"))
    screens.check("billing-profile", t("Save billing profile"))
    ui.click(t("Back to billing"))
    ui.click(t("Reports"))
    screens.check("billing-reports", t("Sales by month"))
    screens.go("Sign out")


def checked(screens: Screens, artifacts_dir: Path, name: str) -> None:
    (artifacts_dir / "layout" / f"{name}-problems.txt").write_text("\n".join(screens.problems) + "\n")
    assert screens.problems == []


# One walk per size, language and person, each in its own browser: a short walk fails alone and says
# where, and a stall of headless Chromium costs one walk, not the whole suite.
@pytest.mark.parametrize("language", [Language.EN, Language.TE], ids=lambda language: language.value)
@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("who", ["visitor", *HOME_READY])
def test_every_screen_fits_at_both_sizes_in_both_languages(
    ui: FlutterUi,
    platform_stack: RunningPlatform,
    people: list[Person],
    artifacts_dir: Path,
    size: str,
    language: Language,
    who: str,
) -> None:
    screens = Screens(ui, size, artifacts_dir / "layout")
    ui.open(platform_stack.app_url)
    if who == "visitor":
        walk_signed_out(screens, language)
    else:
        (person,) = [p for p in people if p.role == who]
        walk_person(screens, person, language)
    checked(screens, artifacts_dir, f"{size}-{language.value}-{who}")


@pytest.mark.parametrize("language", [Language.EN, Language.TE], ids=lambda language: language.value)
@pytest.mark.parametrize("size", list(SIZES))
def test_billing_screens_fit_at_both_sizes_in_both_languages(
    ui: FlutterUi,
    platform_stack: RunningPlatform,
    biller: Person,
    artifacts_dir: Path,
    size: str,
    language: Language,
) -> None:
    screens = Screens(ui, size, artifacts_dir / "layout")
    ui.open(platform_stack.app_url)
    walk_billing_screens(screens, biller, language)
    checked(screens, artifacts_dir, f"{size}-{language.value}-billing")
