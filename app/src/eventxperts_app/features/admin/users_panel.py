"""Super admin: every user, a page at a time, found by name or email, role and active state.

Changing the search or a filter starts again from the first page; Previous and Next keep them.
The search and filters stay usable while a page is on its way, so requests can overlap: only the
answer to the newest one is shown (whatever order they arrive in), and the paging bar stays disabled
until that one is answered, so Next and Previous always start from the list on screen.

People are cards, side by side as the width allows (one column on a phone). The role and active
filters sit in a "Filters" fold: open on a wide screen, closed on a phone's width (where they would
push the list below the fold), with a line saying what they are set to either way.
"""

from __future__ import annotations

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.admin import gateway
from eventxperts_app.features.admin.models import UserFilter, UserPage
from eventxperts_app.features.admin.user_row import AdminUserRow
from eventxperts_app.features.admin.users_paging import PAGE_SIZE, UsersPaging
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import text_field
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.latest_request import RequestSequence
from eventxperts_app.ui.role_names import role_name

ANY_ROLE = "ANY"
# Card columns out of 12: one card a row on a phone, two from a tablet's width, three on a desktop.
CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}


class AdminUsersPanel:
    def __init__(self, ctx: AppContext, labels: Labels) -> None:
        self._ctx = ctx
        self._tr = labels.tr
        self.paging = UsersPaging(UserFilter())
        self.page = UserPage(items=(), total=0)
        self._requests = RequestSequence()
        self.rows: list[AdminUserRow] = []
        self.search = text_field(labels, N_("Search by name or email"))
        self.search.on_submit = self.load
        self.role = ft.RadioGroup(
            value=ANY_ROLE,
            on_change=self._filters_changed,
            content=ft.Row([self._role_option(labels, value) for value in (ANY_ROLE, *Role)], wrap=True),
        )
        self.include_inactive = labels.bind(
            ft.Checkbox(value=True, on_change=self._filters_changed), "label", N_("Include deactivated users")
        )
        self.filters_summary = ft.Text(theme_style=ft.TextThemeStyle.BODY_SMALL)
        self.filters = ft.ExpansionTile(
            title=labels.text(N_("Filters")),
            subtitle=self.filters_summary,
            leading=ft.Icons.FILTER_LIST,
            controls=[labels.text(N_("Role:")), self.role, self.include_inactive],
            expanded_cross_axis_alignment=ft.CrossAxisAlignment.START,
            controls_padding=ft.Padding.only(left=16, right=16, bottom=8),
            maintain_state=True,
            expanded=not ctx.viewport.narrow,
        )
        ctx.viewport.on_change(self._fold_filters)
        self.errors = FormErrors(labels, {})
        self.shown = ft.Text()
        self.rows_column = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.previous = labels.bind(ft.OutlinedButton(on_click=self.show_previous), "content", N_("Previous"))
        self.next = labels.bind(ft.OutlinedButton(on_click=self.show_next), "content", N_("Next"))
        self.paging_bar = ft.Row([self.previous, self.shown, self.next], wrap=True)
        search_button = labels.bind(ft.Button(on_click=self.load), "content", N_("Search"))
        self.control = ft.Column(
            [
                labels.text(N_("Users"), theme_style=ft.TextThemeStyle.TITLE_MEDIUM),
                self.errors.banner,
                ft.Row([self.search, search_button], wrap=True),
                self.filters,
                self.paging_bar,
                self.rows_column,
            ]
        )
        labels.on_relabel(self._render)

    @staticmethod
    def _role_option(labels: Labels, value: str) -> ft.Radio:
        name = N_("Any role") if value == ANY_ROLE else role_name(Role(value))
        return labels.bind(ft.Radio(value=value), "label", name)

    def _fold_filters(self) -> None:
        self.filters.expanded = not self._ctx.viewport.narrow

    async def _filters_changed(self) -> None:
        self._summarise_filters()
        await self.load()

    def _summarise_filters(self) -> None:
        role = self.role.value or ANY_ROLE
        parts = [self._tr(N_("Any role") if role == ANY_ROLE else role_name(Role(role)))]
        if self.include_inactive.value:
            parts.append(self._tr(N_("including deactivated users")))
        self.filters_summary.value = " · ".join(parts)

    def criteria(self) -> UserFilter:
        """What the boxes on screen ask for now."""
        role = self.role.value or ANY_ROLE
        return UserFilter(
            search=self.search.value.strip() or None,
            role=None if role == ANY_ROLE else Role(role),
            include_inactive=bool(self.include_inactive.value),
        )

    async def load(self) -> None:
        """The first page of what the search and filters ask for."""
        await self._go_to(UsersPaging(self.criteria()))

    async def show_next(self) -> None:
        await self._go_to(self.paging.next(self.page))

    async def show_previous(self) -> None:
        await self._go_to(self.paging.previous())

    async def _go_to(self, paging: UsersPaging | None) -> None:
        if paging is None:
            return
        request = self._requests.issue()

        async def fetch() -> None:
            page = await self._ctx.auth.call(
                lambda token: gateway.users(
                    self._ctx.client, token, paging.criteria, first=PAGE_SIZE, after=paging.after
                )
            )
            # Only the newest request's page moves the position: a failed Next stays where it was.
            if request.is_latest:
                self._show(paging, page)

        self.paging_bar.disabled = True
        self._ctx.refresh()
        try:
            await run_action(self._ctx, request.errors_to(self.errors), fetch)
        finally:
            if request.is_latest:
                self.paging_bar.disabled = False
                self._ctx.refresh()

    def _show(self, paging: UsersPaging, page: UserPage) -> None:
        self.paging, self.page = paging, page
        self.rows = [AdminUserRow(self._ctx, user) for user in page.items]
        self.errors.clear()
        self._render()

    def _render(self) -> None:
        shown = self.paging.shown(self.page)
        if shown.total == 0 or shown.last < shown.first:
            self.shown.value = self._tr(N_("No users match"))
        else:
            self.shown.value = self._tr(N_("Showing {first}–{last} of {total}")).format(
                first=shown.first, last=shown.last, total=shown.total
            )
        self.previous.disabled = not self.paging.has_previous
        self.next.disabled = self.page.next_cursor is None
        self._summarise_filters()
        for row in self.rows:
            row.render()
            row.control.col = CARD_COLUMNS
        self.rows_column.controls = [row.control for row in self.rows]
