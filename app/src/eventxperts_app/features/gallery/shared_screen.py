"""What a guest sees on opening an album's shared link (/g/<code>), signed in or not: the album, a
clear consent screen before any selfie, the selfie search (selfie_panel), and the photos with
download one or all (a zip)."""

from __future__ import annotations

import flet as ft

from eventxperts_app.features.gallery import gateway
from eventxperts_app.features.gallery.models import Album, Photo
from eventxperts_app.features.gallery.selfie_panel import SelfiePanel
from eventxperts_app.features.gallery.share import SHARED_PREFIX
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_fields import screen_title
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels

THUMB_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 6, "md": 4, "xl": 3}
CONSENT = N_(
    "To find your photos, the app compares the face in your selfie with the faces in this album's photos. "
    "Your selfie is used only for this search: it is not kept, and it is never shown to anyone."
)


def share_code_of(location: str) -> str:
    return location.removeprefix(SHARED_PREFIX).split("/", 1)[0]


class SharedAlbumScreen:
    def __init__(self, ctx: AppContext) -> None:
        self._ctx = ctx
        self.code = share_code_of(ctx.location())
        self.labels = labels = Labels(ctx.tr)
        self.album: Album | None = None
        self.agreed = False
        self.errors = FormErrors(labels, {})
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_LARGE, weight=ft.FontWeight.BOLD)
        self.consent = card(
            [
                heading(labels, N_("Find your photos with a selfie")),
                labels.text(CONSENT),
                actions_row(button(labels, N_("I agree, continue"), self._agree, filled=True)),
            ]
        )
        self.selfie = SelfiePanel(ctx, labels, self.code)
        self.download_all = button(labels, N_("Download all"), self._zip)
        self.photos = ft.ResponsiveRow(spacing=6, run_spacing=6)
        self.controls: list[ft.Control] = [
            ft.Column(
                [
                    screen_title(labels, N_("Shared album")),
                    self.errors.banner,
                    self.title,
                    self.consent,
                    self.selfie.control,
                    actions_row(self.download_all),
                    self.photos,
                ],
                spacing=12,
            )
        ]
        self.consent.visible = self.download_all.visible = False
        labels.on_relabel(self._render)

    async def load(self) -> None:
        async def fetch() -> None:
            self.album = await gateway.shared_album(self._ctx.client, self.code)
            self._render()

        await run_action(self._ctx, self.errors, fetch)

    def _render(self) -> None:
        album = self.album
        if album is None:
            return
        self.title.value = album.title_te if self.labels.tr.language.value == "te" else album.title_en
        self.selfie.album = album
        self.consent.visible = album.face_search_enabled and not self.agreed
        self.selfie.control.visible = album.face_search_enabled and self.agreed
        self.download_all.visible = bool(album.photos)
        self.photos.controls = [self._thumbnail(p) for p in album.photos]

    def _thumbnail(self, photo: Photo) -> ft.Control:
        download = self.labels.bind(ft.TextButton(url=photo.download_url), "content", N_("Download"))
        return ft.Column(
            [ft.Image(src=photo.thumbnail_url, fit=ft.BoxFit.COVER, height=120), download],
            col=THUMB_COLUMNS,
            spacing=0,
        )

    async def _agree(self) -> None:
        self.agreed = True
        self._render()

    async def _zip(self) -> None:
        album = self.album
        if album is None:
            return

        async def fetch() -> None:
            result = await gateway.album_zip(self._ctx.client, album.id, self.code, None)
            self.errors.show(result.errors)
            if result.url:
                await ft.UrlLauncher().launch_url(result.url)

        await run_action(self._ctx, self.errors, fetch, busy=self.download_all)
