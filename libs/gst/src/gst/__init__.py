"""GST arithmetic for Indian invoices, as plain Python (its one dependency: ``india``).

Rates are dated data (``gst.rates``, read from ``data/rates.toml``); the place of supply and the
regime (``gst.supply``); line amounts and the tax table with heads rounded to the rupee at the total
(``gst.lines``, ``gst.totals``); amounts in words (``gst.words``) and in figures (``gst.money``);
financial years (``gst.financial_year``), document numbers (``gst.numbering``) and the GSTR-1
return's sections (``gst.gstr1``). Bad input raises
:class:`GstError` with a stable ``code``; GSTINs are checked by ``india.normalise_gstin``.
"""

from __future__ import annotations

from gst.codes import CodeKind, TaxCode, normalise_tax_code
from gst.errors import GstError, GstErrorCode
from gst.financial_year import FinancialYear, financial_year_of, parse_financial_year
from gst.gstr1 import (
    COLUMNS as GSTR1_COLUMNS,
)
from gst.gstr1 import (
    AdvanceAmount,
    DocumentRange,
    Gstr1Section,
    HsnAmount,
    Outward,
    OutwardLine,
    b2cl_threshold_paise,
    gstr1_sections,
)
from gst.lines import Line, LineAmounts, line, parse_quantity
from gst.money import indian_amount, upi_amount
from gst.numbering import (
    MAX_NUMBER_LENGTH,
    document_number,
    last_sequence,
    normalise_series_prefix,
    number_stem,
)
from gst.rates import DatedRate, RateTable, default_rates, parse_rate, rate_table_from_toml
from gst.rounding import round_half_up, to_rupee
from gst.supply import (
    DocumentTitle,
    RegistrationType,
    TaxRegime,
    charges_tax,
    document_title,
    place_of_supply_for_event,
    place_of_supply_for_goods,
    tax_regime,
)
from gst.totals import DocumentTotals, TaxRow, document_totals
from gst.words import number_in_words, rupees_in_words

__all__ = [
    "GSTR1_COLUMNS",
    "MAX_NUMBER_LENGTH",
    "AdvanceAmount",
    "CodeKind",
    "DatedRate",
    "DocumentRange",
    "DocumentTitle",
    "DocumentTotals",
    "FinancialYear",
    "GstError",
    "GstErrorCode",
    "Gstr1Section",
    "HsnAmount",
    "Line",
    "LineAmounts",
    "Outward",
    "OutwardLine",
    "RateTable",
    "RegistrationType",
    "TaxCode",
    "TaxRegime",
    "TaxRow",
    "b2cl_threshold_paise",
    "charges_tax",
    "default_rates",
    "document_number",
    "document_title",
    "document_totals",
    "financial_year_of",
    "gstr1_sections",
    "indian_amount",
    "last_sequence",
    "line",
    "normalise_series_prefix",
    "normalise_tax_code",
    "number_in_words",
    "number_stem",
    "parse_financial_year",
    "parse_quantity",
    "parse_rate",
    "place_of_supply_for_event",
    "place_of_supply_for_goods",
    "rate_table_from_toml",
    "round_half_up",
    "rupees_in_words",
    "tax_regime",
    "to_rupee",
    "upi_amount",
]
