"""One store's order in money: its lines, the delivery charge and GST (libs/gst's arithmetic).

Prices are before GST; GST is added per line by the store's registration and the place of supply
(goods: where they are delivered). The delivery charge is part of a composite supply whose principal
supply is the goods, so it is taxed at the highest rate among the order's lines (decision 0030).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import gst


@dataclass(frozen=True)
class PricedLine:
    quantity: int
    unit_price_paise: int
    gst_rate: Decimal

    @property
    def taxable_paise(self) -> int:
        return self.quantity * self.unit_price_paise


@dataclass(frozen=True)
class OrderMoney:
    place_of_supply: str
    regime: gst.TaxRegime
    items_paise: int
    delivery_paise: int
    taxable_paise: int
    cgst_paise: int
    sgst_paise: int
    igst_paise: int

    @property
    def total_paise(self) -> int:
        return self.taxable_paise + self.cgst_paise + self.sgst_paise + self.igst_paise


def order_money(
    lines: list[PricedLine],
    *,
    delivery_paise: int,
    store_state: str,
    store_gstin: str | None,
    delivery_state: str,
) -> OrderMoney:
    registration = gst.RegistrationType.REGULAR if store_gstin else gst.RegistrationType.UNREGISTERED
    place = gst.place_of_supply_for_goods(delivery_state=delivery_state)
    regime = gst.tax_regime(registration=registration, supplier_state=store_state, place_of_supply=place)
    items = [
        gst.line(quantity=ln.quantity, rate_paise=ln.unit_price_paise, tax_rate=ln.gst_rate) for ln in lines
    ]
    if delivery_paise > 0:
        top = max(ln.gst_rate for ln in lines)
        items.append(gst.line(quantity=1, rate_paise=delivery_paise, tax_rate=top))
    totals = gst.document_totals(items, regime)
    return OrderMoney(
        place,
        regime,
        sum(ln.taxable_paise for ln in lines),
        delivery_paise,
        totals.taxable_paise,
        totals.cgst_paise,
        totals.sgst_paise,
        totals.igst_paise,
    )
