"""Finds what a person could not read or reach on a screen, from Flutter's semantics tree.

flet-web is a release build, so Flutter's own overflow reports never fire; but every semantics node
carries the rectangle Flutter laid it out in, clipped to what is painted. From those rectangles:

- a node outside the viewport's width (a bar or row wider than the phone) cannot be seen or tapped;
- a node with a label squeezed narrower than the label's longest word (or, for a button, a heading or
  a menu entry, which never wrap, than the whole label, or its longest line when the label joins
  several texts, as a card's lines are joined, one a line) at the smallest size the theme sets text in
  (11 px, ui/theme.py) is clipped: Flutter cut it to fit;
- a button or menu entry smaller than 48 x 48 is too small a tap target. Checkboxes and radios are
  not measured: Flutter sizes them by the platform (48 px on Android and iOS, 40 px on the desktop
  Linux this browser reports) and Flet's theme cannot change that.

Needed widths are measured by the browser (canvas `measureText`) in the page's sans-serif font: not
Flutter's font, so only a generous lower bound is used (`MEASURE_SLACK`), which still catches a title
dropped to nothing or a clipped "Sign out".
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Page

SMALLEST_TEXT_PX = 11  # label_small, the theme's smallest style
MEASURE_SLACK = 0.6  # the browser's fallback font is not Flutter's: only a clear shortfall counts
EDGE_SLACK_PX = 1.0  # sub-pixel layout
# The screen scrolls inside the shell's padding (12 px on phones, 24 wider), so what is scrolled out
# of view is cut that far above the viewport's bottom edge.
SCROLL_CLIP_PX = 24
MIN_TAP_TARGET_PX = 48
TAPPABLE = frozenset({"button", "menuitem", "menuitemcheckbox", "menuitemradio"})
UNWRAPPED = TAPPABLE | {"heading", "checkbox", "radio"}

# Every semantics node that says something or can be pressed, with its rectangle on screen and the
# width its label needs at SMALLEST_TEXT_PX (whole label, and longest word).
COLLECT_NODES = """([smallestPx]) => {
  const canvas = document.createElement('canvas').getContext('2d');
  canvas.font = `${smallestPx}px sans-serif`;
  const width = (text) => canvas.measureText(text).width;
  const roleOf = (e) => e.getAttribute('role') || (/^H[1-6]$/.test(e.tagName) ? 'heading' : '') ||
    (e.querySelector(':scope > input') ? 'textbox' : '');
  const ownText = (e) => [...e.childNodes].filter(n => n.nodeType === Node.TEXT_NODE ||
    (n.nodeType === Node.ELEMENT_NODE && n.tagName === 'SPAN')).map(n => n.textContent).join('').trim();
  const headings = [1, 2, 3, 4, 5, 6].map((n) => `flt-semantics-host h${n}`).join(', ');
  const nodes = [...document.querySelectorAll(`flt-semantics, ${headings}`)];
  return nodes.map((e) => {
    const role = roleOf(e);
    const label = (e.getAttribute('aria-label') || ownText(e) ||
      (e.querySelector(':scope > input') || {}).ariaLabel || '').trim();
    const r = e.getBoundingClientRect();
    const words = label.split(/\\s+/).filter(Boolean);
    return {role, label, x: r.x, y: r.y, width: r.width, height: r.height,
            labelWidth: Math.max(0, ...label.split('\\n').map(width)),
            wordWidth: Math.max(0, ...words.map(width))};
  }).filter((n) => n.label || ['button', 'menuitem', 'checkbox', 'radio'].includes(n.role));
}"""


@dataclass(frozen=True)
class Node:
    role: str
    label: str
    x: float
    y: float
    width: float
    height: float
    label_width: float  # the label's longest line at SMALLEST_TEXT_PX in the browser's font
    word_width: float  # its longest word, likewise

    @property
    def name(self) -> str:
        return f"{self.role or 'text'} {self.label!r}"


def collect_nodes(page: Page) -> list[Node]:
    raw = page.evaluate(COLLECT_NODES, [SMALLEST_TEXT_PX])
    return [
        Node(n["role"], n["label"], n["x"], n["y"], n["width"], n["height"], n["labelWidth"], n["wordWidth"])
        for n in raw
    ]


def layout_problems(nodes: list[Node], viewport_width: float, viewport_height: float = 1e9) -> list[str]:
    """What is wrong with a screen whose semantics nodes are `nodes`, in words; empty when nothing.

    A node cut by the bottom of the viewport is only scrolled out of view: its size is not judged.
    """
    problems: list[str] = []
    for node in nodes:
        cut_by_scrolling = node.y + node.height >= viewport_height - SCROLL_CLIP_PX - EDGE_SLACK_PX
        if node.x < -EDGE_SLACK_PX or node.x + node.width > viewport_width + EDGE_SLACK_PX:
            problems.append(
                f"{node.name} reaches outside the {viewport_width:.0f} px viewport "
                f"(x {node.x:.0f} to {node.x + node.width:.0f})"
            )
        needed = node.label_width if node.role in UNWRAPPED else node.word_width
        if cut_by_scrolling:
            continue
        if node.label and node.width < needed * MEASURE_SLACK:
            problems.append(
                f"{node.name} is clipped: {node.width:.0f} px wide, its text needs about {needed:.0f}"
            )
        if node.role in TAPPABLE and min(node.width, node.height) < MIN_TAP_TARGET_PX - EDGE_SLACK_PX:
            problems.append(f"{node.name} is a {node.width:.0f} x {node.height:.0f} px tap target (under 48)")
    return problems
