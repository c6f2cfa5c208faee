"""A version is built once, whole, readable by the edge's workers, and old versions are pruned."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from eventxperts_app.web_client.build import COMPLETE, KEPT_VERSIONS, ensure_web_client
from eventxperts_app.web_client.layout import ClientLayout


def test_the_client_is_built_with_compressed_copies_under_its_key(
    layout: ClientLayout, tmp_path: Path
) -> None:
    client = ensure_web_client(tmp_path / "web-client", layout)

    assert client.directory == tmp_path / "web-client" / layout.key
    assert client.url == f"/_app/{layout.key}/"
    assert (client.directory / COMPLETE).read_text() == layout.key
    assert (client.directory / "main.dart.wasm.br").is_file()
    assert (client.directory / "assets/FontManifest.json.gz").is_file()
    assert (client.directory / "icons/icon-512.png").is_file()
    assert not (client.directory / "index.html").exists()  # the page is ours, served by the app
    assert not list((tmp_path / "web-client").glob(".*.building"))


def test_everything_built_is_readable_by_others(layout: ClientLayout, tmp_path: Path) -> None:
    client = ensure_web_client(tmp_path / "web-client", layout)

    for path in (client.directory.parent, client.directory, *client.directory.rglob("*")):
        assert path.stat().st_mode & stat.S_IROTH, path


def test_a_built_version_is_not_built_again(layout: ClientLayout, tmp_path: Path) -> None:
    first = ensure_web_client(tmp_path / "web-client", layout)
    marker = first.directory / "main.dart.mjs"
    os.utime(marker, (0, 0))

    again = ensure_web_client(tmp_path / "web-client", layout)

    assert again == first
    assert marker.stat().st_mtime == 0


def test_only_the_newest_versions_are_kept(layout: ClientLayout, tmp_path: Path) -> None:
    root = tmp_path / "web-client"
    for age, old in enumerate(["1.0.1-a", "1.0.2-b", "1.0.3-c"]):
        (root / old).mkdir(parents=True)
        (root / old / COMPLETE).write_text(old)
        os.utime(root / old, (1000 + age, 1000 + age))

    client = ensure_web_client(root, layout)

    kept = sorted(d.name for d in root.iterdir())
    assert len(kept) == KEPT_VERSIONS
    assert kept == sorted([client.key, "1.0.3-c", "1.0.2-b"])
