"""Builds the versioned web client into `<root>/<key>/` once: `make install` does it ahead, the app at
start when it is missing. A version is built in a temporary directory and renamed into place when
complete, so a half-written one is never served; older versions stay for tabs still open on them."""

from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from eventxperts_app.web_client.compression import precompress
from eventxperts_app.web_client.layout import CLIENT_PREFIX, ClientLayout, current_layout

logger = logging.getLogger(__name__)

COMPLETE = ".complete"  # written last into a finished version
KEPT_VERSIONS = 3  # the current one and the two before it
STALE_BUILD_SECONDS = 3600  # a temporary directory this old was left by a build that died


@dataclass(frozen=True)
class WebClient:
    key: str
    directory: Path  # <root>/<key>

    @property
    def url(self) -> str:
        """Where the page finds the client: `/_app/<key>/`."""
        return f"{CLIENT_PREFIX}{self.key}/"


def ensure_web_client(root: Path, layout: ClientLayout | None = None) -> WebClient:
    """The client of the installed flet-web and our files under `root`, built if it is not there."""
    layout = layout or current_layout()
    client = WebClient(layout.key, root / layout.key)
    if not (client.directory / COMPLETE).exists():
        logger.info("building web client %s in %s (once per version)", layout.key, root)
        _build(layout, client.directory)
        _prune(root, keep=client.directory)
    return client


def _build(layout: ClientLayout, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    _readable_by_all(target.parent)
    building = target.parent / f".{target.name}.{os.getpid()}.building"
    shutil.rmtree(building, ignore_errors=True)
    for name, source in layout.copied.items():
        shutil.copyfile(source, _place(building / name))
    for name, content in layout.written.items():
        _place(building / name).write_bytes(content)
    precompress(building, [*layout.copied, *layout.written])
    (building / COMPLETE).write_text(layout.key, encoding="utf-8")
    _readable_by_all(building)
    try:
        building.rename(target)
    except OSError:  # another process finished the same version first: theirs is as good
        shutil.rmtree(building, ignore_errors=True)
        if not (target / COMPLETE).exists():
            raise


def _place(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _readable_by_all(directory: Path) -> None:
    """Public files: the edge's nginx workers (nobody, when root starts it) read them directly."""
    directory.chmod(0o755)
    for path in directory.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


def _prune(root: Path, keep: Path) -> None:
    complete = sorted(
        (d for d in root.iterdir() if d.is_dir() and (d / COMPLETE).exists() and d != keep),
        key=lambda d: d.stat().st_mtime,
        reverse=True,
    )
    for old in complete[KEPT_VERSIONS - 1 :]:
        shutil.rmtree(old, ignore_errors=True)
    for left in root.glob(".*.building"):
        if time.time() - left.stat().st_mtime > STALE_BUILD_SECONDS:
            shutil.rmtree(left, ignore_errors=True)
