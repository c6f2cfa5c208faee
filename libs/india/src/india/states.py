"""Indian states and union territories with their GST state codes."""

from __future__ import annotations

from dataclasses import dataclass

from india.errors import UnknownState


@dataclass(frozen=True, slots=True)
class State:
    """A state or union territory: its two-digit GST state code and its names in English and Telugu."""

    code: str
    name: str
    name_te: str


STATES: tuple[State, ...] = (
    State("01", "Jammu and Kashmir", "జమ్మూ కాశ్మీర్"),
    State("02", "Himachal Pradesh", "హిమాచల్ ప్రదేశ్"),
    State("03", "Punjab", "పంజాబ్"),
    State("04", "Chandigarh", "చండీగఢ్"),
    State("05", "Uttarakhand", "ఉత్తరాఖండ్"),
    State("06", "Haryana", "హర్యానా"),
    State("07", "Delhi", "ఢిల్లీ"),
    State("08", "Rajasthan", "రాజస్థాన్"),
    State("09", "Uttar Pradesh", "ఉత్తర ప్రదేశ్"),
    State("10", "Bihar", "బిహార్"),
    State("11", "Sikkim", "సిక్కిం"),
    State("12", "Arunachal Pradesh", "అరుణాచల్ ప్రదేశ్"),
    State("13", "Nagaland", "నాగాలాండ్"),
    State("14", "Manipur", "మణిపూర్"),
    State("15", "Mizoram", "మిజోరం"),
    State("16", "Tripura", "త్రిపుర"),
    State("17", "Meghalaya", "మేఘాలయ"),
    State("18", "Assam", "అస్సాం"),
    State("19", "West Bengal", "పశ్చిమ బెంగాల్"),
    State("20", "Jharkhand", "ఝార్ఖండ్"),
    State("21", "Odisha", "ఒడిశా"),
    State("22", "Chhattisgarh", "ఛత్తీస్‌గఢ్"),
    State("23", "Madhya Pradesh", "మధ్యప్రదేశ్"),
    State("24", "Gujarat", "గుజరాత్"),
    State("26", "Dadra and Nagar Haveli and Daman and Diu", "దాద్రా నగర్ హవేలీ మరియు డామన్ డయ్యూ"),
    State("27", "Maharashtra", "మహారాష్ట్ర"),
    State("29", "Karnataka", "కర్ణాటక"),
    State("30", "Goa", "గోవా"),
    State("31", "Lakshadweep", "లక్షద్వీప్"),
    State("32", "Kerala", "కేరళ"),
    State("33", "Tamil Nadu", "తమిళనాడు"),
    State("34", "Puducherry", "పుదుచ్చేరి"),
    State("35", "Andaman and Nicobar Islands", "అండమాన్ నికోబార్ దీవులు"),
    State("36", "Telangana", "తెలంగాణ"),
    State("37", "Andhra Pradesh", "ఆంధ్రప్రదేశ్"),
    State("38", "Ladakh", "లడఖ్"),
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
