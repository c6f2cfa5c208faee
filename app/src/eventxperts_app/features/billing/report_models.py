"""The billing reports as the app reads them: sales by month with the tax heads, what clients owe by
age, and the money collected by mode."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from eventxperts_app.features.billing.models import Amounts, PaymentMode


class LedgerReport(StrEnum):
    RECEIVABLES = "RECEIVABLES"
    COLLECTIONS = "COLLECTIONS"


class Gstr1Section(StrEnum):
    B2B = "B2B"
    B2CL = "B2CL"
    B2CS = "B2CS"
    CDNR = "CDNR"
    CDNUR = "CDNUR"
    AT = "AT"
    ATADJ = "ATADJ"
    HSN_B2B = "HSN_B2B"
    HSN_B2C = "HSN_B2C"
    DOCS = "DOCS"


@dataclass(frozen=True)
class MonthSales:
    month: date
    invoices: int
    amounts: Amounts


@dataclass(frozen=True)
class Sales:
    financial_year: str
    months: tuple[MonthSales, ...]
    total: MonthSales


@dataclass(frozen=True)
class ClientReceivable:
    client_name: str
    invoices: int
    outstanding_paise: int


@dataclass(frozen=True)
class Receivables:
    as_of: date
    outstanding_paise: int
    ageing_paise: tuple[int, int, int, int]  # 0-30, 31-60, 61-90, 90+ days
    client_count: int
    clients: tuple[ClientReceivable, ...]


@dataclass(frozen=True)
class Collections:
    total_paise: int
    by_mode: tuple[tuple[PaymentMode, int], ...]


@dataclass(frozen=True)
class Reports:
    sales: Sales
    receivables: Receivables
    collections: Collections
