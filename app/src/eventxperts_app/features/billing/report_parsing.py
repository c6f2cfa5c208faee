"""Maps the billing reports' answers to typed results (pure); off-contract answers are
UNEXPECTED_RESPONSE."""

from __future__ import annotations

from collections.abc import Mapping

from eventxperts_app.api.json_fields import as_object, enum_member, required_date, required_int, required_str
from eventxperts_app.features.billing.models import PaymentMode
from eventxperts_app.features.billing.parsing import object_list, parse_amounts
from eventxperts_app.features.billing.report_models import (
    ClientReceivable,
    Collections,
    MonthSales,
    Receivables,
    Reports,
    Sales,
)


def parse_month(obj: Mapping[str, object]) -> MonthSales:
    return MonthSales(required_date(obj, "month"), required_int(obj, "invoices"), parse_amounts(obj))


def parse_sales(raw: object) -> Sales:
    obj = as_object(raw, "billingSales")
    return Sales(
        required_str(obj, "financialYear"),
        tuple(parse_month(m) for m in object_list(obj.get("months"), "months")),
        parse_month(as_object(obj.get("total"), "total")),
    )


def parse_receivables(raw: object) -> Receivables:
    obj = as_object(raw, "billingReceivables")
    ageing = tuple(
        required_int(obj, key)
        for key in ("days0To30Paise", "days31To60Paise", "days61To90Paise", "over90DaysPaise")
    )
    return Receivables(
        as_of=required_date(obj, "asOf"),
        outstanding_paise=required_int(obj, "outstandingPaise"),
        ageing_paise=(ageing[0], ageing[1], ageing[2], ageing[3]),
        client_count=required_int(obj, "clientCount"),
        clients=tuple(
            ClientReceivable(
                required_str(c, "clientName"),
                required_int(c, "invoices"),
                required_int(c, "outstandingPaise"),
            )
            for c in object_list(obj.get("clients"), "clients")
        ),
    )


def parse_collections(raw: object) -> Collections:
    obj = as_object(raw, "billingCollections")
    by_mode = tuple(
        (enum_member(PaymentMode, m.get("mode"), "mode"), required_int(m, "amountPaise"))
        for m in object_list(obj.get("byMode"), "byMode")
    )
    return Collections(required_int(obj, "totalPaise"), by_mode)


def parse_reports(data: Mapping[str, object]) -> Reports:
    return Reports(
        parse_sales(data.get("billingSales")),
        parse_receivables(data.get("billingReceivables")),
        parse_collections(data.get("billingCollections")),
    )
