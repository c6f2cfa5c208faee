"""The organizer's albums as cards, the form to make or change one, and the open album below."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.gallery import gateway
from eventxperts_app.features.gallery.album_form import AlbumFields
from eventxperts_app.features.gallery.album_panel import AlbumPanel
from eventxperts_app.features.gallery.models import Album
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import ClickHandler, screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.required_fields import missing

CARD_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 12, "md": 6, "xl": 4}
# Where guests open shared links: the app's public origin (the edge), as the organizer's browser sees it.
DEFAULT_ORIGIN = "http://127.0.0.1:8080"


def album_card(tr: Translator, album: Album, on_click: ClickHandler) -> ft.Control:
    title = album.title_te if tr.language.value == "te" else album.title_en
    lines: list[ft.Control] = [ft.Text(title, weight=ft.FontWeight.BOLD)]
    details = [d for d in (album.event_date, album.venue) if d]
    if details:
        lines.append(ft.Text(" · ".join(details)))
    lines.append(ft.Text(tr(N_("{count} photos")).format(count=album.photo_count)))
    control = card(lines, on_click=on_click)
    control.col = CARD_COLUMNS
    return control


class GalleryScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.labels = labels = Labels(ctx.tr)
        self.albums: tuple[Album, ...] = ()
        self.list = ft.ResponsiveRow(spacing=8, run_spacing=8)
        self.fields = AlbumFields(labels)
        self.errors = FormErrors(labels, self.fields.slots())
        self.form_title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.submit = button(labels, N_("Save album"), self._submit, filled=True)
        self.panel = AlbumPanel(ctx, labels, ctx.origin or DEFAULT_ORIGIN)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Gallery")),
                    self.list,
                    card(
                        [
                            self.form_title,
                            self.errors.banner,
                            self.fields.control,
                            actions_row(self.submit, button(labels, N_("New album"), self._new)),
                        ]
                    ),
                    self.panel.control,
                ],
                spacing=12,
            )
        ]
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.albums = await self._ctx.auth.call(lambda t: gateway.my_albums(self._ctx.client, t))
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        tr = self.labels.tr
        self.albums = tuple(a for a in self.albums if a.id not in self.panel.on_deleted)
        self.form_title.value = tr(N_("Change album") if self.fields.album_id else N_("New album"))
        self.list.controls = [album_card(tr, a, self._opener(a)) for a in self.albums] or [
            ft.Text(tr(N_("No albums yet")))
        ]
        if self.panel.album is not None:
            self.panel.show(self.panel.album)

    def _opener(self, album: Album) -> ClickHandler:
        async def open_album() -> None:
            self.fields.fill(album)
            self.errors.clear()
            await self.panel.open(album)
            self._render()

        return open_album

    async def _new(self) -> None:
        self.fields.fill(None)
        self.errors.clear()
        self._render()

    async def _submit(self) -> None:
        album_input = self.fields.variables()
        problems = missing(titleEn=str(album_input["titleEn"]), titleTe=str(album_input["titleTe"]))
        self.errors.show(problems)
        if problems:
            self._ctx.refresh()
            return
        album_id = self.fields.album_id

        async def send() -> None:
            result = await self._ctx.auth.call(
                lambda t: gateway.save_album(self._ctx.client, album_id, album_input, t)
            )
            self.errors.show(result.errors)
            if result.album is not None and not result.errors:
                saved = result.album
                self.albums = (*(a for a in self.albums if a.id != saved.id), saved)
                self.fields.fill(saved)
                await self.panel.open(saved)
                self._ctx.confirm(self.labels.tr(N_("Album saved")))
                self._render()

        await run_action(self._ctx, self.errors, send, busy=self.submit)
