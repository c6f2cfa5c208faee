"""Drives a Flet (Flutter web) page through Flutter's semantics tree, by visible label."""

from __future__ import annotations

import re
import time
from pathlib import Path

from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeout

TIMEOUT_MS = 60_000  # a wait ceiling for a loaded 2-core CI machine, not a speed check
# Playwright's assertions wait 5 s unless told: the same ceiling for every `expect` of the suite (a
# sign-up on a loaded machine took longer, and a journey failed while the app was still answering).
expect.set_options(timeout=TIMEOUT_MS)
ACTIONABLE_WAIT_MS = 20_000  # per click, before saying what the page shows and waiting on
FOCUS_WAIT_MS = 10_000  # per click on a box, before clicking it again


BOXES_UP_THE_TREE = """e => {
    const chain = [];
    for (let p = e; p; p = p.parentElement) {
        const b = p.getBoundingClientRect(), s = getComputedStyle(p);
        chain.push(`${p.tagName}#${p.id} ${b.x},${b.y} ${b.width}x${b.height}`
            + ` ${s.visibility} ${s.display} ${s.opacity}`);
    }
    return chain.join(" < ");
}"""


def chromium_processes() -> str:
    """Each Chromium process's kind, state and CPU seconds, read twice a second apart."""

    def sample() -> dict[str, tuple[str, str, float]]:
        seen = {}
        for entry in Path("/proc").iterdir():
            try:
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if "chromium" not in command.split(" ", 1)[0]:
                continue
            kind = re.search(r"--type=(\S+)", command)
            seen[entry.name] = (
                kind.group(1) if kind else "browser",
                fields[0],
                (int(fields[11]) + int(fields[12])) / 100,
            )
        return seen

    before = sample()
    time.sleep(1)
    after = sample()
    return ", ".join(
        f"{kind} {pid} {state} +{cpu - before.get(pid, (kind, state, cpu))[2]:.2f}s"
        for pid, (kind, state, cpu) in sorted(after.items())
    )


class FlutterUi:
    def __init__(self, page: Page) -> None:
        self.page = page
        page.set_default_timeout(TIMEOUT_MS)

    def open(self, url: str) -> None:
        """Loads the app and switches on the semantics tree (Flutter draws on a canvas)."""
        self.page.goto(url)
        placeholder = self.page.locator("flt-semantics-placeholder")
        placeholder.wait_for(state="attached")
        # The placeholder sits outside the viewport on purpose; a DOM click is what it listens to.
        placeholder.dispatch_event("click")
        self.page.locator("flt-semantics").first.wait_for(state="attached")

    def button(self, name: str) -> Locator:
        return self.page.get_by_role("button", name=name, exact=True)

    def click(self, name: str) -> None:
        button = self.button(name)
        try:
            button.click(timeout=ACTIONABLE_WAIT_MS)
        except PlaywrightTimeout:
            # Say what was seen (a page that stopped drawing was skwasm's two threads spinning,
            # decision 0049), then wait the rest of the ceiling as a person would: never a forced tap,
            # which would pass a button nobody could see.
            print(f"{name!r} not actionable after {ACTIONABLE_WAIT_MS} ms: {self._diagnose(button)}")
            button.click()

    def _diagnose(self, target: Locator) -> str:
        """Whether the page still draws frames, the button's boxes up its ancestors, and what
        Chromium's processes are doing (a GPU process stuck in SwiftShader stops every frame)."""
        try:
            frame = self.page.evaluate(
                "() => new Promise(done => { const start = performance.now();"
                " requestAnimationFrame(() => done(performance.now() - start));"
                " setTimeout(() => done(-1), 5000); })"
            )
            found = target.count()
            box = target.first.evaluate(BOXES_UP_THE_TREE, timeout=5_000) if found else "no such button"
        except PlaywrightError as error:
            frame, box = "?", f"page did not answer: {error.message.splitlines()[0]}"
        return f"next frame after {frame} ms (-1: none in 5 s); {box}; {chromium_processes()}"

    def type_into(self, label: str, text: str, attempts: int = 5) -> None:
        """Types like a person: focus the box, then the keys. Flutter may still be wiring its
        editing element when the first keys arrive and drop them, so a box that does not hold
        the text afterwards is cleared and typed again."""
        field = self.page.get_by_label(label, exact=True)
        for _ in range(attempts):
            field.click()
            try:
                # On a long form a click may land while Flutter still scrolls the box into view
                # (another box takes it): click again rather than wait for a focus that never comes.
                expect(field).to_be_focused(timeout=FOCUS_WAIT_MS)
            except AssertionError:
                continue
            self.page.keyboard.press("ControlOrMeta+A")
            self.page.keyboard.press("Backspace")
            self.page.keyboard.type(text, delay=20)
            if field.input_value() == text:
                return
        expect(field).to_have_value(text)

    def fill(self, values: dict[str, str], passes: int = 3) -> None:
        """Types a form's boxes, then reads them all back as a person checks a form before saving:
        a focus that Flutter moved mid-typing can put one box's keys into another (a start date once
        read "Hyderabad"), so any box not holding its text is typed again."""
        for label, text in values.items():
            self.type_into(label, text)
        for _ in range(passes):
            wrong = [label for label, text in values.items() if self._value(label) != text]
            if not wrong:
                return
            for label in wrong:
                self.type_into(label, values[label])
        for label, text in values.items():
            expect(self.page.get_by_label(label, exact=True)).to_have_value(text)

    def _value(self, label: str) -> str:
        return self.page.get_by_label(label, exact=True).input_value()

    def pick(self, dropdown_label: str, option: str, attempts: int = 3) -> None:
        """Opens a dropdown by its label and picks one of its options.

        A tap on an editable dropdown's box does not always open its list (Flutter web may focus
        the box's input only, or, on a long form still settling, another box), so the box must hold
        the focus, and then, as a person would, the option's name is typed to filter the list.
        Waits (for the list to open) are ceilings, not assertions."""
        field = self.page.get_by_label(dropdown_label, exact=True)
        listed = self.button(option)  # Flutter's DropdownMenu lists its options as buttons
        for _ in range(attempts):
            field.click()
            try:
                listed.wait_for(timeout=3_000)
            except PlaywrightTimeout:
                if not field.evaluate("e => e === document.activeElement"):
                    continue
                self.page.keyboard.type(option, delay=20)
            listed.click()
            return
        listed.click()

    def choose(self, radio_label: str) -> None:
        self.page.get_by_role("radio", name=radio_label, exact=True).click()

    def expect_text(self, text: str) -> None:
        expect(self.page.get_by_text(text, exact=True).first).to_be_visible(timeout=TIMEOUT_MS)

    def expect_radio(self, label: str) -> None:
        radio = self.page.get_by_role("radio", name=label, exact=True)
        expect(radio).to_be_visible(timeout=TIMEOUT_MS)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.wait_for_timeout(500)  # let the last frame (web fonts) paint; not an assertion
        # The viewport only: Flutter draws the page into the viewport (it scrolls inside), so a
        # full-page capture adds nothing but Chromium's capture beyond the viewport, which resizes
        # the view under Flutter; two journeys stalled right after one (no frame drawn for 60 s).
        self.page.screenshot(path=str(path))
        return path
