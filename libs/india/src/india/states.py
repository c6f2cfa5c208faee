"""Indian states and union territories with their GST state codes."""

from __future__ import annotations

from dataclasses import dataclass

from india.errors import UnknownState


@dataclass(frozen=True, slots=True)
class State:
    """A state or union territory: its two-digit GST state code and its names."""

    code: str
    name: str
    name_te: str | None = None


STATES: tuple[State, ...] = (
    State("01", "Jammu and Kashmir"),
    State("02", "Himachal Pradesh"),
    State("03", "Punjab"),
    State("04", "Chandigarh"),
    State("05", "Uttarakhand"),
    State("06", "Haryana"),
    State("07", "Delhi"),
    State("08", "Rajasthan"),
    State("09", "Uttar Pradesh"),
    State("10", "Bihar"),
    State("11", "Sikkim"),
    State("12", "Arunachal Pradesh"),
    State("13", "Nagaland"),
    State("14", "Manipur"),
    State("15", "Mizoram"),
    State("16", "Tripura"),
    State("17", "Meghalaya"),
    State("18", "Assam"),
    State("19", "West Bengal"),
    State("20", "Jharkhand"),
    State("21", "Odisha", "ఒడిశా"),
    State("22", "Chhattisgarh"),
    State("23", "Madhya Pradesh"),
    State("24", "Gujarat"),
    State("26", "Dadra and Nagar Haveli and Daman and Diu"),
    State("27", "Maharashtra", "మహారాష్ట్ర"),
    State("29", "Karnataka", "కర్ణాటక"),
    State("30", "Goa"),
    State("31", "Lakshadweep"),
    State("32", "Kerala", "కేరళ"),
    State("33", "Tamil Nadu", "తమిళనాడు"),
    State("34", "Puducherry"),
    State("35", "Andaman and Nicobar Islands"),
    State("36", "Telangana", "తెలంగాణ"),
    State("37", "Andhra Pradesh", "ఆంధ్రప్రదేశ్"),
    State("38", "Ladakh"),
)

# Codes a GSTIN may still carry that are no longer a place a profile can pick:
# 25 Daman and Diu (merged into 26 in 2020), 28 undivided Andhra Pradesh, 97 Other Territory.
_LEGACY_GSTIN_CODES = frozenset({"25", "28", "97"})
_BY_CODE = {state.code: state for state in STATES}
TELANGANA = _BY_CODE["36"]
ANDHRA_PRADESH = _BY_CODE["37"]


def state_for_code(raw: str) -> State:
    """The current state or union territory with this GST code (``"7"`` is read as ``"07"``).

    Raises UnknownState for any other code, the legacy codes a GSTIN may still carry included.
    """
    code = raw.strip()
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    state = _BY_CODE.get(code)
    if state is None:
        raise UnknownState(f"{raw!r} is not a GST state code (e.g. 36, 37).")
    return state


def is_gst_state_code(code: str) -> bool:
    """Whether a GSTIN may begin with ``code``: a current state's code or a legacy one."""
    return code in _BY_CODE or code in _LEGACY_GSTIN_CODES
