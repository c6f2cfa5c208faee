"""Amounts as Indians write them: rupees with lakh and crore grouping (1,23,45,678.50)."""

from __future__ import annotations


def indian_amount(paise: int) -> str:
    """``12345678_50`` paise is ``"1,23,45,678.50"``: the last three digits, then groups of two."""
    sign = "-" if paise < 0 else ""
    rupees, cents = divmod(abs(paise), 100)
    digits = str(rupees)
    head, tail = digits[:-3], digits[-3:]
    groups: list[str] = []
    while head:
        groups.insert(0, head[-2:])
        head = head[:-2]
    return f"{sign}{','.join([*groups, tail])}.{cents:02d}"


def upi_amount(paise: int) -> str:
    """The ``am`` of a UPI link: rupees with two decimals and no grouping (``"1234.50"``)."""
    return f"{paise // 100}.{paise % 100:02d}"
