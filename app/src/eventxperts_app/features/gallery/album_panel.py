"""One album for its organizer: sharing, face search, uploading photos with progress, and deleting."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

import flet as ft
import httpx

from eventxperts_app.features.gallery import gateway
from eventxperts_app.features.gallery.models import (
    Album,
    AlbumResult,
    FaceIndexing,
    Photo,
    StorageUsage,
    UploadLinksResult,
    Visibility,
)
from eventxperts_app.features.gallery.share import guest_link, whatsapp_url
from eventxperts_app.features.gallery.uploads import PickedPhoto, upload_batch
from eventxperts_app.i18n import N_, Translator
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, card, heading
from eventxperts_app.ui.labels import Labels
from eventxperts_app.ui.local_time import count_text

GB = 1_000_000_000
THUMB_COLUMNS: dict[str | ft.ResponsiveRowBreakpoint, int | float] = {"xs": 4, "md": 3, "xl": 2}


class AlbumPanel:
    """Shown under the albums once one is opened; `on_change` tells the list what changed."""

    def __init__(self, ctx: AppContext, labels: Labels, origin: str) -> None:
        self._ctx, self._labels, self._origin = ctx, labels, origin
        self.album: Album | None = None
        self.errors = FormErrors(labels, {})
        self.title = ft.Text(theme_style=ft.TextThemeStyle.TITLE_MEDIUM, weight=ft.FontWeight.BOLD)
        self.link = ft.Text(selectable=True)
        self.share_switch = labels.bind(ft.Switch(on_change=self._toggle_share), "label", N_("Share by link"))
        self.face_switch = labels.bind(
            ft.Switch(on_change=self._toggle_faces), "label", N_("Guests find their photos by selfie")
        )
        self.indexing = ft.Text()
        self.refresh_indexing = button(labels, N_("Refresh progress"), self._refresh)
        self.copy = button(labels, N_("Copy link"), self._copy)
        self.whatsapp = labels.bind(ft.TextButton(), "content", N_("Share on WhatsApp"))
        self.upload = button(labels, N_("Upload photos"), self._pick, filled=True)
        self.progress = ft.Text()
        self.storage = ft.Text()
        self.bar = ft.ProgressBar(value=0, visible=False)
        self.photos = ft.ResponsiveRow(spacing=6, run_spacing=6)
        self.control = card(
            [
                self.title,
                self.errors.banner,
                self.share_switch,
                self.link,
                actions_row(self.copy, self.whatsapp),
                self.face_switch,
                self.indexing,
                actions_row(self.refresh_indexing),
                heading(labels, N_("Photos")),
                self.storage,
                actions_row(self.upload),
                self.bar,
                self.progress,
                self.photos,
                actions_row(button(labels, N_("Delete album"), self._delete_album)),
            ]
        )
        self.control.visible = False
        self.on_deleted: list[str] = []

    async def open(self, album: Album) -> None:
        async def fetch() -> None:
            self.show(
                await self._ctx.auth.call(lambda t: gateway.album_with_photos(self._ctx.client, album.id, t))
            )

        self.errors.clear()
        await run_action(self._ctx, self.errors, fetch)

    def show(self, album: Album) -> None:
        tr = self._labels.tr
        self.album = album
        self.control.visible = True
        self.title.value = album.title_te if tr.language.value == "te" else album.title_en
        shared = album.visibility is not Visibility.PRIVATE and album.share_code is not None
        self.share_switch.value = shared
        self.link.value = guest_link(self._origin, album.share_code) if shared and album.share_code else ""
        self.copy.visible = self.whatsapp.visible = self.link.visible = bool(self.link.value)
        self.whatsapp.url = whatsapp_url(f"{album.title_en}: {self.link.value}") if self.link.value else None
        self.face_switch.value = album.face_search_enabled
        self.indexing.value = indexing_text(tr, album.face_indexing)
        self.indexing.visible = self.refresh_indexing.visible = album.face_search_enabled
        self.photos.controls = [self._thumbnail(p) for p in album.photos]
        self.progress.value = tr(N_("{count} photos")).format(count=album.photo_count)
        if album.storage is not None:
            self.storage.value = storage_text(tr, album.storage)

    def _thumbnail(self, photo: Photo) -> ft.Control:
        delete = ft.IconButton(ft.Icons.DELETE_OUTLINE, on_click=self._deleter(photo))
        self._labels.bind(delete, "tooltip", N_("Delete photo"))
        return ft.Column(
            [ft.Image(src=photo.thumbnail_url, fit=ft.BoxFit.COVER, height=96), delete],
            col=THUMB_COLUMNS,
            spacing=0,
        )

    async def _change(self, call: Callable[[str], Awaitable[AlbumResult]]) -> None:
        album = self.album
        if album is None:
            return

        async def send() -> None:
            result = await self._ctx.auth.call(call)
            self.errors.show(result.errors)
            if result.album is not None:
                self.show(result.album if result.album.photos else _with_photos(result.album, album))

        await run_action(self._ctx, self.errors, send)

    async def _toggle_share(self) -> None:
        if self.album is not None:
            wanted = Visibility.LINK if self.share_switch.value else Visibility.PRIVATE
            album_id = self.album.id
            await self._change(lambda t: gateway.set_visibility(self._ctx.client, album_id, wanted, t))

    async def _toggle_faces(self) -> None:
        if self.album is not None:
            enabled, album_id = bool(self.face_switch.value), self.album.id
            await self._change(lambda t: gateway.set_face_search(self._ctx.client, album_id, enabled, t))

    async def _refresh(self) -> None:
        if self.album is not None:
            await self.open(self.album)

    async def _copy(self) -> None:
        await ft.Clipboard().set(self.link.value or "")
        self._ctx.confirm(self._labels.tr(N_("Link copied")))

    async def _pick(self) -> None:
        picked = await ft.FilePicker().pick_files(
            allow_multiple=True, with_data=True, file_type=ft.FilePickerFileType.IMAGE
        )
        photos = [PickedPhoto(f.name, f.bytes) for f in picked or () if f.bytes]
        if photos and self.album is not None:
            await self.send(photos)

    async def send(self, photos: list[PickedPhoto]) -> None:
        """Uploads `photos` to the open album, skipping those it holds, then shows it again."""
        album = self.album
        assert album is not None
        tr = self._labels.tr

        def progress(done: int, total: int) -> None:
            self.bar.visible, self.bar.value = True, done / total
            self.progress.value = tr(N_("{done} of {total} uploaded")).format(done=done, total=total)
            self._ctx.refresh()

        async def ask(hashes: list[str]) -> UploadLinksResult:
            return await self._ctx.auth.call(
                lambda t: gateway.upload_links(self._ctx.client, album.id, hashes, t)
            )

        async def send_all() -> None:
            async with httpx.AsyncClient(timeout=120) as http:
                report = await upload_batch(http, photos, ask, progress)
            self.errors.show(failure.error for failure in report.failures)
            self.show(
                await self._ctx.auth.call(lambda t: gateway.album_with_photos(self._ctx.client, album.id, t))
            )
            self.progress.value = tr(N_("{sent} uploaded, {skipped} already in the album")).format(
                sent=report.sent, skipped=report.skipped
            )

        await run_action(self._ctx, self.errors, send_all, busy=self.upload)

    def _deleter(self, photo: Photo) -> Callable[[], Awaitable[None]]:
        async def delete() -> None:
            async def send() -> None:
                result = await self._ctx.auth.call(
                    lambda t: gateway.delete_photo(self._ctx.client, photo.id, t)
                )
                self.errors.show(result.errors)
                if self.album is not None and result.deleted_id:
                    await self.open(self.album)

            await run_action(self._ctx, self.errors, send)

        return delete

    async def _delete_album(self) -> None:
        album = self.album
        if album is None:
            return

        async def send() -> None:
            result = await self._ctx.auth.call(lambda t: gateway.delete_album(self._ctx.client, album.id, t))
            self.errors.show(result.errors)
            if result.deleted_id:
                self.album, self.control.visible = None, False
                self.on_deleted.append(result.deleted_id)
                self._ctx.confirm(self._labels.tr(N_("Album deleted")))

        await run_action(self._ctx, self.errors, send)


def _with_photos(changed: Album, before: Album) -> Album:
    return replace(changed, photos=before.photos, face_indexing=before.face_indexing)


def storage_text(tr: Translator, usage: StorageUsage) -> str:
    """ "1,234 of 5,000 photos · 2.1 of 20 GB": what the organizer keeps against their quota."""
    photos = tr(N_("{used} of {allowed} photos")).format(
        used=count_text(usage.photos), allowed=count_text(usage.photo_limit)
    )
    size = tr(N_("{used} of {allowed} GB")).format(
        used=f"{usage.bytes / GB:.1f}", allowed=f"{usage.byte_limit / GB:.4g}"
    )
    return f"{photos} · {size}"


def indexing_text(tr: Translator, progress: FaceIndexing | None) -> str:
    """ "Faces: 312 of 540 photos indexed, 228 waiting, 1020 faces found" (and those unreadable)."""
    if progress is None:
        return ""
    text = tr(
        N_("Faces: {indexed} of {total} photos indexed, {pending} waiting, {faces} faces found")
    ).format(indexed=progress.indexed, total=progress.total, pending=progress.pending, faces=progress.faces)
    if progress.failed:
        text += " · " + tr(N_("{failed} photos could not be read")).format(failed=progress.failed)
    return text
