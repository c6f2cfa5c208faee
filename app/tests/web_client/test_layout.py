"""What the versioned client holds, and the key that names it."""

from __future__ import annotations

import json
from dataclasses import replace

from eventxperts_app.fonts import FONT_ASSET_PATH, TELUGU_FONT_FAMILY, packaged_telugu_font
from eventxperts_app.web_client.layout import ClientLayout

from .conftest import BUILD_CONFIG, TELUGU_FALLBACK


def test_flutter_loads_the_telugu_font_before_its_first_frame_and_not_the_fonts_the_app_never_uses(
    layout: ClientLayout,
) -> None:
    families = [entry["family"] for entry in json.loads(layout.written["assets/FontManifest.json"])]

    assert families == ["MaterialIcons", "Roboto", TELUGU_FONT_FAMILY]
    assert layout.written[f"assets/{FONT_ASSET_PATH}"] == packaged_telugu_font().read_bytes()
    assert not [name for name in layout.copied if "flutter_math_fork" in name or "FontManifest" in name]


def test_flutters_telugu_fallback_address_answers_with_the_same_font(layout: ClientLayout) -> None:
    assert layout.written[f"assets/fonts/{TELUGU_FALLBACK}"] == packaged_telugu_font().read_bytes()


def test_the_start_script_carries_flutters_build_list_and_asks_for_no_flutter_service_worker(
    layout: ClientLayout,
) -> None:
    script = layout.written["bootstrap.js"].decode()

    assert script.startswith("(()=>{window._flutter={loader:{}}})();")
    assert "sourceMappingURL" not in script
    assert f"_flutter.buildConfig = {json.dumps(BUILD_CONFIG)};" in script
    assert "serviceWorkerSettings" not in script
    assert 'navigator.serviceWorker.register("/sw.js")' in script


def test_the_key_names_flet_webs_version_and_changes_with_any_file_of_ours(layout: ClientLayout) -> None:
    key = layout.key
    same = ClientLayout(layout.flet_web_dir, "1.0.5").key
    upgraded = replace(layout, flet_web_version="1.0.6").key
    (layout.flet_web_dir / "flutter.js").write_text("(()=>{/* another loader */})();")
    changed = ClientLayout(layout.flet_web_dir, "1.0.5").key

    assert key.startswith("1.0.5-")
    assert same == key
    assert upgraded.startswith("1.0.6-")
    assert changed != key
