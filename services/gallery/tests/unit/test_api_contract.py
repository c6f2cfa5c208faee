from pathlib import Path

SERVICE_ROOT = Path(__file__).resolve().parents[2]
REPO_ROOT = SERVICE_ROOT.parents[1]


def test_the_api_contract_in_docs_is_the_committed_sdl() -> None:
    contract = (REPO_ROOT / "docs" / "api" / "gallery.graphql").read_text(encoding="utf-8")
    assert contract == (SERVICE_ROOT / "schema.graphql").read_text(encoding="utf-8"), (
        "copy services/gallery/schema.graphql to docs/api/gallery.graphql after `eventxperts sdl gallery`"
    )
