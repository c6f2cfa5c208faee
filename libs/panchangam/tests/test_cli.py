"""The command line contract: JSON keys, ISO times, exit code 2 on bad input."""

from __future__ import annotations

import json
import re

import pytest
from panchangam.cli import main

ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
DAY_KEYS = {
    "date", "place", "vara", "sunrise", "sunset", "tithi", "nakshatra", "yoga", "karana", "masa",
    "samvatsara", "rahu_kalam", "yamagandam", "gulika", "abhijit", "durmuhurtham", "varjyam",
    "amrit_kalam", "festivals",
}  # fmt: skip


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_day_json_has_the_contract_keys_and_iso_times(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "day", "--date", "2026-11-25", "--place", "hyderabad", "--json")
    assert code == 0
    day = json.loads(out)
    assert day.keys() >= DAY_KEYS
    assert day["date"] == "2026-11-25"
    assert day["vara"] == {"en": "Wednesday", "te": "బుధవారం"}
    assert day["masa"] == {
        "name": {"en": "Kartika", "te": "కార్తీకము"},
        "number": 8,
        "adhika": False,
        "kshaya": False,
    }
    assert day["samvatsara"]["shaka"] == 1948
    assert day["abhijit"] is None
    for key in ("tithi", "nakshatra", "yoga", "karana"):
        assert day[key]
        assert all(ISO_WITH_OFFSET.match(entry["ends_at"]) for entry in day[key])
        assert all(set(entry["name"]) == {"en", "te"} for entry in day[key])
    for key in ("rahu_kalam", "yamagandam", "gulika"):
        assert ISO_WITH_OFFSET.match(day[key]["start"])
        assert ISO_WITH_OFFSET.match(day[key]["end"])
    assert [w["start"][11:16] for w in day["varjyam"]] == ["13:32", "01:32"]


def test_day_accepts_coordinates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "day", "--date", "2026-01-14", "--lat", "16.5", "--lon", "80.6", "--tz", "Asia/Kolkata",
        "--json",
    )  # fmt: skip
    assert code == 0
    assert [f["name"]["en"] for f in json.loads(out)["festivals"]] == ["Makara Sankranti"]


def test_month_prints_a_readable_table_in_telugu(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "month", "--year", "2026", "--month", "11", "--place", "hyderabad", "--lang", "te"
    )
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 2 + 30
    assert "రాహుకాలం" in lines[1]
    assert "బుధవారం" in lines[-6]


def test_month_json_lists_every_day(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "month", "--year", "2026", "--month", "2", "--place", "warangal", "--json")
    assert code == 0
    assert [d["date"] for d in json.loads(out)][-1] == "2026-02-28"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["day", "--date", "2026-11-25", "--place", "atlantis"], "unknown place"),
        (["day", "--date", "2026-02-30", "--place", "hyderabad"], "not a real date"),
        (["day", "--date", "2026-11-25", "--lat", "70", "--lon", "20"], "outside +/-66"),
        (["day", "--date", "2026-11-25"], "give --place"),
        (["month", "--year", "2026", "--month", "13", "--place", "hyderabad"], "no month"),
        (["day", "--date", "1800-01-01", "--place", "hyderabad"], "dates must lie between"),
    ],
)
def test_bad_input_exits_with_2_and_a_clear_message(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    try:
        code, _, err = _run(capsys, *argv)
    except SystemExit as exit_:  # argparse rejects malformed values itself
        code, err = int(str(exit_.code)), capsys.readouterr().err
    assert code == 2
    assert message in err
    assert "Traceback" not in err


def test_muhurtham_json_is_a_list_of_dates_windows_and_reasons(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "muhurtham", "--kind", "marriage", "--from", "2026-02-01", "--to", "2026-02-28",
        "--place", "hyderabad", "--json",
    )  # fmt: skip
    assert code == 0
    found = json.loads(out)
    assert found
    assert all(set(entry) == {"date", "windows", "reasons"} for entry in found)
    assert all(ISO_WITH_OFFSET.match(w["start"]) for entry in found for w in entry["windows"])
    assert min(entry["date"] for entry in found) > "2026-02-17"  # Shukra moudyami until then


def test_muhurtham_can_list_rejected_days_with_their_rule(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        capsys, "muhurtham", "--kind", "gruhapravesam", "--from", "2026-02-01", "--to", "2026-02-10",
        "--place", "vijayawada", "--json", "--rejected",
    )  # fmt: skip
    assert code == 0
    rejected = json.loads(out)["rejected"]
    assert {r["rule"] for r in rejected} >= {"no_moudyami"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kind", "marriage", "--from", "2026-01-01", "--to", "2032-01-01"], "at most 5 years"),
        (["--kind", "marriage", "--from", "2026-02-01", "--to", "2026-01-01"], "before it starts"),
        (["--kind", "coronation", "--from", "2026-01-01", "--to", "2026-01-31"], "unknown event kind"),
    ],
)
def test_muhurtham_bad_input_exits_with_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = _run(capsys, "muhurtham", *argv, "--place", "hyderabad")
    assert code == 2
    assert message in err


def test_day_text_in_telugu_names_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "day", "--date", "2026-11-08", "--place", "hyderabad", "--lang", "te")
    assert code == 0
    for label in ("తిథి", "నక్షత్రం", "రాహుకాలం", "వర్జ్యం", "అమృత ఘడియలు", "పండుగలు"):
        assert label in out
    assert "దీపావళి" in out
    assert "కృష్ణ చతుర్దశి వరకు 11:28" in out


def test_festivals_lists_the_year_with_rules(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "festivals", "--year", "2027", "--place", "hyderabad", "--json")
    assert code == 0
    found = {entry["name"]["en"]: entry for entry in json.loads(out)}
    assert found["Ugadi"]["date"] == "2027-04-07"
    assert found["Makara Sankranti"]["date"] == "2027-01-15"
    assert "after sunset" in found["Makara Sankranti"]["rule"]
    assert found["Deepavali"]["name"]["te"] == "దీపావళి"
