"""The logo and signature printed on the organizer's documents: picked on the phone or computer, sent
straight to the billing service at a short-lived signed link (the service checks size, type and
pixels and answers a typed refusal), or removed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import flet as ft

from eventxperts_app.api.signed_upload import put_image
from eventxperts_app.features.billing import gateway
from eventxperts_app.features.billing.models import BillingProfile, ImageKind
from eventxperts_app.i18n import N_, Msgid
from eventxperts_app.ui.actions import run_action
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.form_layout import actions_row, button, heading
from eventxperts_app.ui.labels import Labels

PICKED = ["png", "jpg", "jpeg"]  # what the billing service prints
NAMES: dict[ImageKind, tuple[Msgid, Msgid, Msgid]] = {
    ImageKind.LOGO: (N_("Logo"), N_("Your logo is printed on your documents."), N_("No logo yet.")),
    ImageKind.SIGNATURE: (
        N_("Signature"),
        N_("Your signature is printed on your documents."),
        N_("No signature yet."),
    ),
}

Reload = Callable[[], Awaitable[None]]


class ImageRow:
    """One image (logo or signature): whether it is printed, and buttons to upload or remove it."""

    def __init__(self, ctx: AppContext, labels: Labels, errors: FormErrors, kind: ImageKind, reload: Reload):
        self._ctx, self._errors, self.kind, self._reload = ctx, errors, kind, reload
        title, self._has, self._none = NAMES[kind]
        self.status = ft.Text()
        self.labels = labels
        self.upload = button(labels, N_("Upload"), self._pick)
        self.remove = button(labels, N_("Remove"), self._remove)
        self.control = ft.Column([heading(labels, title), self.status, actions_row(self.upload, self.remove)])
        self.present = False

    def show(self, present: bool) -> None:
        self.present = present
        self.status.value = self.labels.tr(self._has if present else self._none)
        self.remove.visible = present

    async def _pick(self) -> None:
        picked = await ft.FilePicker().pick_files(
            with_data=True, file_type=ft.FilePickerFileType.CUSTOM, allowed_extensions=PICKED
        )
        chosen = next((f for f in picked or () if f.bytes), None)
        if chosen is not None and chosen.bytes is not None:
            await self.send(chosen.name, chosen.bytes)

    async def send(self, name: str, data: bytes) -> None:
        """Asks for a signed link, sends the image there, then shows the profile again."""

        async def upload() -> None:
            link = await self._ctx.auth.call(
                lambda t: gateway.image_upload_link(self._ctx.client, self.kind, t)
            )
            self._errors.show(link.errors)
            if link.url is None or link.errors:
                return
            refused = await put_image(link.url, name, data)
            self._errors.show([refused] if refused else [])
            if refused is None:
                await self._reload()

        await run_action(self._ctx, self._errors, upload, busy=self.upload)

    async def _remove(self) -> None:
        async def remove() -> None:
            errors = await self._ctx.auth.call(lambda t: gateway.remove_image(self._ctx.client, self.kind, t))
            self._errors.show(errors)
            if not errors:
                await self._reload()

        await run_action(self._ctx, self._errors, remove, busy=self.remove)


def image_rows(
    ctx: AppContext, labels: Labels, errors: FormErrors, reload: Reload
) -> dict[ImageKind, ImageRow]:
    return {kind: ImageRow(ctx, labels, errors, kind, reload) for kind in ImageKind}


def show_images(rows: dict[ImageKind, ImageRow], profile: BillingProfile) -> None:
    rows[ImageKind.LOGO].show(profile.has_logo)
    rows[ImageKind.SIGNATURE].show(profile.has_signature)
