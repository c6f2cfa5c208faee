"""A super admin works through more people than fit on one page: pages past the first, filters by
active state and role, deactivates a person (after confirming) and reactivates them; making someone
a super admin asks first, and their own card offers nothing the users service refuses on oneself."""

from __future__ import annotations

import re
import secrets
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ..conftest import RunningPlatform
from .app_steps import create_super_admin, register_user_through_gateway, sign_in
from .flutter_ui import TIMEOUT_MS, FlutterUi
from .texts import te

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE_SIZE = 20
PEOPLE = PAGE_SIZE + 1  # one more than a page: the last one is only reachable with Next


def shown(first: int, last: int, total: int) -> str:
    return te("Showing {first}–{last} of {total}").format(first=first, last=last, total=total)


def test_super_admin_pages_past_the_first_page_and_deactivates_then_reactivates(
    ui: FlutterUi, platform_stack: RunningPlatform, artifacts_dir: Path
) -> None:
    tag = f"pager{secrets.token_hex(3)}"
    admin_email = f"admin-{tag}@example.in"
    create_super_admin(platform_stack, admin_email)
    for n in range(PEOPLE):
        register_user_through_gateway(platform_stack, f"Pandiri Tents {n:02d}", f"{tag}-{n:02d}@example.in")

    ui.open(platform_stack.app_url)
    sign_in(ui, admin_email)
    ui.type_into(te("Search by name or email"), f"{tag}-")
    ui.click(te("Search"))
    ui.expect_text(shown(1, PAGE_SIZE, PEOPLE))
    expect(ui.button(te("Previous"))).to_be_disabled()

    ui.click(te("Next"))
    ui.expect_text(shown(PAGE_SIZE + 1, PEOPLE, PEOPLE))
    expect(ui.button(te("Next"))).to_be_disabled()
    on_last_page = re.search(rf"{tag}-(\d\d)@example\.in", ui.page.get_by_text(f"{tag}-").inner_text())
    assert on_last_page is not None
    last_email, last_name = on_last_page.group(0), f"Pandiri Tents {on_last_page.group(1)}"

    ui.click(te("Deactivate"))
    ui.expect_text(
        te("Deactivate {name}? They are signed out at once and cannot sign in until reactivated.").format(
            name=last_name
        )
    )
    ui.click(te("Yes, deactivate"))
    expect(ui.page.get_by_text(last_email)).to_contain_text(te("Deactivated"), timeout=TIMEOUT_MS)
    expect(ui.button(te("Reactivate"))).to_be_visible()
    ui.screenshot(artifacts_dir / "app-admin-users-telugu.png")

    # Leaving deactivated people out starts again from the first page, which is now all there is.
    ui.page.get_by_role("checkbox", name=te("Include deactivated users")).click()
    ui.expect_text(shown(1, PAGE_SIZE, PEOPLE - 1))
    expect(ui.button(te("Next"))).to_be_disabled()
    ui.page.get_by_role("checkbox", name=te("Include deactivated users")).click()
    ui.expect_text(shown(1, PAGE_SIZE, PEOPLE))
    ui.choose(te("Event organizer"))  # they all registered as plain users
    ui.expect_text(te("No users match"))
    ui.choose(te("Any role"))
    ui.expect_text(shown(1, PAGE_SIZE, PEOPLE))

    ui.type_into(te("Search by name or email"), last_email)
    ui.click(te("Search"))
    ui.expect_text(shown(1, 1, 1))
    ui.click(te("Reactivate"))
    expect(ui.page.get_by_text(last_email)).not_to_contain_text(te("Deactivated"), timeout=TIMEOUT_MS)
    expect(ui.button(te("Deactivate"))).to_be_visible()

    ui.page.get_by_role("button", name=te("Grant role")).click()
    ui.page.get_by_role("menuitem", name=te("Super admin"), exact=True).click()
    ui.expect_text(
        te("Make {name} a super admin? They can then manage every account, yours included.").format(
            name=last_name
        )
    )
    ui.click(te("Cancel"))

    ui.type_into(te("Search by name or email"), admin_email)
    ui.click(te("Search"))
    ui.expect_text(shown(1, 1, 1))
    own_card = ui.page.get_by_text(admin_email)
    expect(own_card).to_contain_text(te("Super admin"))
    for refused_on_oneself in ("Revoke role", "Deactivate", "Erase data"):
        expect(ui.button(te(refused_on_oneself))).to_have_count(0)
    ui.screenshot(artifacts_dir / "app-admin-own-card-telugu.png")
