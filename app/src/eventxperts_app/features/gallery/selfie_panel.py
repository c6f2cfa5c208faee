"""The guest's selfie search on a shared album, after consent: take or choose a selfie (a phone's
browser or app offers its camera in the picker), see every photo of oneself ("maybe" ones apart),
download them, and "hide me" (one's face left out of every later search of this album)."""

from __future__ import annotations

import flet as ft
import httpx

from eventxperts_app.features.gallery import gateway
from eventxperts_app.features.gallery.models import Album, FoundPhoto, SelfieAnswer, SelfiePurpose
from eventxperts_app.features.gallery.selfie_upload import send_selfie
from eventxperts_app.i18n import N_
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels

THUMB_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 6, "md": 4, "xl": 3}


class SelfiePanel:
    def __init__(self, ctx: AppContext, labels: Labels, share_code: str) -> None:
        self._ctx, self._labels, self._code = ctx, labels, share_code
        self.album: Album | None = None
        self.answer: SelfieAnswer | None = None
        self.hidden: int | None = None
        self.errors = FormErrors(labels, {})
        self.find = button(labels, N_("Take or choose a selfie"), self._find, filled=True)
        self.hide = button(labels, N_("Hide me from this album's search"), self._hide)
        self.summary = ft.Text(weight=ft.FontWeight.BOLD)
        self.matches = ft.ResponsiveRow(spacing=6, run_spacing=6)
        self.maybe_heading = heading(labels, N_("Maybe you"))
        self.maybes = ft.ResponsiveRow(spacing=6, run_spacing=6)
        self.download_mine = button(labels, N_("Download my photos"), self._zip)
        self.control = card(
            [
                heading(labels, N_("Your photos")),
                labels.text(N_("Take a selfie or choose a photo of yourself alone, facing the camera.")),
                self.errors.banner,
                actions_row(self.find),
                self.summary,
                self.matches,
                self.maybe_heading,
                self.maybes,
                actions_row(self.download_mine),
                heading(labels, N_("Hide me")),
                labels.text(
                    N_(
                        "Your face is left out of every later search of this album, also in photos added "
                        "later. The app needs your selfie once more for this; it is not kept either."
                    )
                ),
                actions_row(self.hide),
            ]
        )
        self.control.visible = False
        labels.on_relabel(self.render)

    def render(self) -> None:
        tr, answer = self._labels.tr, self.answer
        if self.hidden is not None:
            self.summary.value = tr(N_("You are hidden from this album's search ({count} faces)")).format(
                count=self.hidden
            )
        elif answer is None:
            self.summary.value = ""
        elif answer.matches:
            self.summary.value = tr(N_("{count} photos of you")).format(count=len(answer.matches))
        else:
            self.summary.value = tr(N_("No photos of you were found"))
        matches, maybes = (answer.matches, answer.maybes) if answer else ((), ())
        self.matches.controls = [self._thumbnail(p) for p in matches]
        self.maybes.controls = [self._thumbnail(p) for p in maybes]
        self.maybe_heading.visible = bool(maybes)
        self.download_mine.visible = bool(matches)

    def _thumbnail(self, found: FoundPhoto) -> ft.Control:
        download = self._labels.bind(ft.TextButton(url=found.download_url), "content", N_("Download"))
        return ft.Column(
            [ft.Image(src=found.thumbnail_url, fit=ft.BoxFit.COVER, height=120), download],
            col=THUMB_COLUMNS,
            spacing=0,
        )

    async def _find(self) -> None:
        await self._search(SelfiePurpose.FIND_MY_PHOTOS, self.find)

    async def _hide(self) -> None:
        await self._search(SelfiePurpose.HIDE_ME, self.hide)

    async def _search(self, purpose: SelfiePurpose, busy: ft.Control) -> None:
        album = self.album
        picked = await _pick_selfie()
        if album is None or picked is None:
            return
        name, data = picked
        self.errors.clear()

        async def send() -> None:
            link = await gateway.selfie_link(self._ctx.client, album.id, self._code, purpose)
            self.errors.show(link.errors)
            if link.upload_url is None:
                return
            async with httpx.AsyncClient(timeout=120) as http:
                answer = await send_selfie(http, link.upload_url, name, data)
            if answer.error is not None:
                self.errors.show([answer.error])
                return
            hid = purpose is SelfiePurpose.HIDE_ME
            self.answer, self.hidden = (None, answer.hidden_faces) if hid else (answer, None)
            self.render()

        await run_action(self._ctx, self.errors, send, busy=busy)

    async def _zip(self) -> None:
        album, answer = self.album, self.answer
        if album is None or answer is None:
            return
        ids = [p.photo_id for p in answer.matches]

        async def fetch() -> None:
            result = await gateway.album_zip(self._ctx.client, album.id, self._code, None, ids)
            self.errors.show(result.errors)
            if result.url:
                await ft.UrlLauncher().launch_url(result.url)

        await run_action(self._ctx, self.errors, fetch, busy=self.download_mine)


async def _pick_selfie() -> tuple[str, bytes] | None:
    """One image from the device; on a phone the picker offers the camera. None when cancelled."""
    picked = await ft.FilePicker().pick_files(
        file_type=ft.FilePickerFileType.IMAGE,
        with_data=True,
        cancel_upload_on_window_blur=False,
    )
    chosen = next((f for f in picked or () if f.bytes), None)
    return None if chosen is None or chosen.bytes is None else (chosen.name, chosen.bytes)
