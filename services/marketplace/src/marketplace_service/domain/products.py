"""A product as checked input: titles in two languages, a category, HSN and GST rate, and variants
each with its own SKU, price, MRP and stock."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import gst
from servicekit.errors import InputChecks

from marketplace_service.domain.errors import MarketError, MarketErrorCode
from marketplace_service.domain.texts import optional_text, required_text

MAX_VARIANTS = 50
MAX_PRICE_PAISE = 10**10  # Rs 10 crore for one unit is a typing mistake
MAX_STOCK = 1_000_000
_SKU = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$")
_HSN = re.compile(r"^\d{4}(\d{2}){0,2}$")


@dataclass(frozen=True)
class VariantInput:
    sku: str
    label: str
    price_paise: int
    mrp_paise: int | None
    stock: int


@dataclass(frozen=True)
class ProductInput:
    category_id: str
    title_en: str
    title_te: str | None
    description_en: str | None
    description_te: str | None
    hsn: str
    gst_rate: str
    variants: list[VariantInput]


@dataclass(frozen=True)
class CheckedVariant:
    sku: str
    label: str
    price_paise: int
    mrp_paise: int
    stock: int


@dataclass(frozen=True)
class CheckedProduct:
    category_id: str
    title_en: str
    title_te: str | None
    description_en: str | None
    description_te: str | None
    hsn: str
    gst_rate: Decimal
    variants: tuple[CheckedVariant, ...]

    @property
    def min_price_paise(self) -> int:
        return min(v.price_paise for v in self.variants)


def stock_count(value: int, field: str) -> int:
    if not 0 <= value <= MAX_STOCK:
        raise MarketError(MarketErrorCode.INVALID_STOCK, f"Stock is a count from 0 to {MAX_STOCK}.", field)
    return value


def _variant(raw: VariantInput, at: int) -> CheckedVariant:
    field = f"variants.{at}"
    if not _SKU.match(raw.sku.strip()):
        raise MarketError(
            MarketErrorCode.INVALID_SKU, "A SKU is 1-40 letters, digits, . _ / -.", f"{field}.sku"
        )
    if not 0 < raw.price_paise <= MAX_PRICE_PAISE:
        raise MarketError(MarketErrorCode.INVALID_PRICE, "A price is more than zero.", f"{field}.pricePaise")
    mrp = raw.price_paise if raw.mrp_paise is None else raw.mrp_paise
    if mrp < raw.price_paise or mrp > MAX_PRICE_PAISE:
        # The MRP is the most a seller may charge: a price above it (a "discount" below zero) is refused.
        raise MarketError(MarketErrorCode.INVALID_PRICE, "The price is at most the MRP.", f"{field}.mrpPaise")
    label = " ".join(raw.label.split())[:80] or "Standard"
    return CheckedVariant(
        raw.sku.strip().upper(), label, raw.price_paise, mrp, stock_count(raw.stock, f"{field}.stock")
    )


def _rate(raw: str) -> Decimal:
    try:
        return gst.parse_rate(raw)
    except gst.GstError:
        raise MarketError(
            MarketErrorCode.INVALID_RATE, "GST rate is one of 0, 5, 12, 18, 28...", "gstRate"
        ) from None


def _hsn(raw: str) -> str:
    code = raw.strip()
    if not _HSN.match(code):
        raise MarketError(MarketErrorCode.INVALID_HSN, "An HSN code is 4, 6 or 8 digits.", "hsn")
    return code


def checked_product(raw: ProductInput, categories: set[str]) -> CheckedProduct:
    """Every field checked at once; all failures reported together (INVALID_INPUT holds them)."""
    checks = InputChecks()
    title_en = checks.check(lambda: required_text(raw.title_en, "titleEn", limit=160))
    title_te = checks.check(lambda: optional_text(raw.title_te, "titleTe", limit=160))
    description_en = checks.check(lambda: optional_text(raw.description_en, "descriptionEn"))
    description_te = checks.check(lambda: optional_text(raw.description_te, "descriptionTe"))
    hsn = checks.check(lambda: _hsn(raw.hsn))
    rate = checks.check(lambda: _rate(raw.gst_rate))
    if raw.category_id not in categories:
        checks.failures.append(
            MarketError(MarketErrorCode.INVALID_CATEGORY, "No such category.", "categoryId")
        )
    if not 1 <= len(raw.variants) <= MAX_VARIANTS:
        checks.failures.append(
            MarketError(MarketErrorCode.INVALID_INPUT, f"1 to {MAX_VARIANTS} variants.", "variants")
        )
    variants = [checks.check(lambda v=v, i=i: _variant(v, i)) for i, v in enumerate(raw.variants)]  # type: ignore[misc]
    skus = [v.sku for v in variants if v is not None]
    if len(skus) != len(set(skus)):
        checks.failures.append(
            MarketError(MarketErrorCode.DUPLICATE_SKU, "Each variant has its own SKU.", "variants")
        )
    checks.raise_failures()
    assert title_en is not None
    assert hsn is not None
    assert rate is not None
    return CheckedProduct(
        raw.category_id,
        title_en,
        title_te,
        description_en,
        description_te,
        hsn,
        rate,
        tuple(v for v in variants if v is not None),
    )
