"""The gallery's operator commands, which the `eventxperts` CLI finds through the registry of services:
`eventxperts gallery upload DIR --album ID` pushes a camera card's folder through the tus endpoint,
resuming where a dropped connection stopped. Only click is imported up front."""

from __future__ import annotations

from pathlib import Path

import click


@click.group("gallery")
def gallery() -> None:
    """Operator actions on event galleries."""


@gallery.command("upload")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--album", "album_id", help="The album's id: the link is signed here (needs the database).")
@click.option("--link", "tus_link", help="Or the tus URL the app gave (requestPhotoUploads.tusUrl).")
@click.option("--chunk-mb", type=float, default=4.0, show_default=True, help="Bytes per PATCH request.")
def upload(folder: Path, album_id: str | None, tus_link: str | None, chunk_mb: float) -> None:
    """Upload every JPEG/PNG/WebP/HEIC photo in FOLDER to an album (skipping those it has)."""
    from gallery_service.upload_client import TusUploader

    if bool(album_id) == bool(tus_link):
        raise click.UsageError("give --album or --link (one of them)")
    url = tus_link or _signed_tus_url(str(album_id))
    uploader = TusUploader(url, chunk_bytes=max(1, int(chunk_mb * 1024 * 1024)), say=click.echo)
    report = uploader.upload_folder(folder)
    click.echo(
        f"sent {len(report.sent)}, already there {len(report.skipped)}, refused {len(report.refused)}, "
        f"resumed after a dropped connection {report.resumed} time(s)"
    )
    for name, reason in report.refused.items():
        click.echo(f"  {name}: {reason}", err=True)
    if report.refused:
        raise SystemExit(1)


def _signed_tus_url(album_id: str) -> str:
    import asyncio

    from gallery_service.operator_links import operator_tus_url
    from gallery_service.settings import GallerySettings

    try:
        return asyncio.run(operator_tus_url(GallerySettings(), album_id))
    except LookupError as missing:
        raise click.ClickException(str(missing)) from None


COMMANDS = [gallery]
