import pytest
from gst import CodeKind, GstError, GstErrorCode, normalise_tax_code


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("998596", CodeKind.SAC),
        ("9966", CodeKind.SAC),
        ("9405", CodeKind.HSN),
        ("3406 90", CodeKind.HSN),
        ("94.05.10.10", CodeKind.HSN),
    ],
)
def test_codes_are_sac_for_chapter_99_and_hsn_otherwise(raw: str, kind: CodeKind) -> None:
    assert normalise_tax_code(raw).kind is kind


@pytest.mark.parametrize("raw", ["", "12", "12345", "9985961", "99859612", "99AB96", "९९८५९६"])
def test_malformed_codes_are_refused(raw: str) -> None:
    with pytest.raises(GstError) as raised:
        normalise_tax_code(raw)
    assert raised.value.code is GstErrorCode.INVALID_TAX_CODE
