"""Sales by month (the GST summary) in the graph, and receivables and collections as CSV at a signed
link."""

from __future__ import annotations

from datetime import date

import strawberry
from servicekit.errors import DomainError
from servicekit.graphql import described
from servicekit.graphql.paise import Paise

from billing_service.api.graphql.context import BillingInfo, as_uuid, caller_of, organizer_of, services_of
from billing_service.api.graphql.errors import as_graphql_error, errors_of
from billing_service.api.graphql.sharing_mutations import BillingFileLinkPayload
from billing_service.service_layer import ledger_csv, sales

strawberry.enum(ledger_csv.LedgerReport, name="BillingLedgerReport")


@strawberry.type(name="BillingMonthSales")
class BillingMonthSalesType:
    month: date = strawberry.field(description="The month's first day.")
    invoices: int
    taxable_paise: Paise
    cgst_paise: Paise
    sgst_paise: Paise
    igst_paise: Paise
    total_paise: Paise

    @staticmethod
    def of(m: sales.MonthSales) -> BillingMonthSalesType:
        return BillingMonthSalesType(
            month=m.month,
            invoices=m.invoices,
            taxable_paise=Paise(m.taxable_paise),
            cgst_paise=Paise(m.cgst_paise),
            sgst_paise=Paise(m.sgst_paise),
            igst_paise=Paise(m.igst_paise),
            total_paise=Paise(m.total_paise),
        )


@strawberry.type(name="BillingSales")
class BillingSalesType:
    financial_year: str
    months: list[BillingMonthSalesType] = strawberry.field(
        description="April to March, empty months as zeros."
    )
    total: BillingMonthSalesType

    @staticmethod
    def of(s: sales.Sales) -> BillingSalesType:
        return BillingSalesType(
            financial_year=s.period.year.label,
            months=[BillingMonthSalesType.of(m) for m in s.months],
            total=BillingMonthSalesType.of(s.total),
        )


@strawberry.type
class BillingSalesQueries:
    @described.field(
        "Invoices issued per month of a financial year, net of credit and debit notes, by tax head."
    )
    async def billing_sales(
        self, info: BillingInfo, financial_year: str, organizer_id: strawberry.ID | None = None
    ) -> BillingSalesType:
        async def run() -> BillingSalesType:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            found = await sales.sales_by_month(
                services_of(info).deps, caller_of(info), organizer, financial_year
            )
            return BillingSalesType.of(found)

        return await as_graphql_error(run())


@strawberry.type
class BillingLedgerMutations:
    @described.mutation(
        "Receivables (on asOf) or collections (of a month or the year) as CSV at a signed link for minutes."
    )
    async def billing_report_csv(
        self,
        info: BillingInfo,
        report: ledger_csv.LedgerReport,
        financial_year: str,
        month: int | None = None,
        as_of: date | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> BillingFileLinkPayload:
        try:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            link = await ledger_csv.ledger_csv_link(
                services_of(info).deps, caller_of(info), organizer, report, financial_year, month, as_of
            )
        except DomainError as error:
            return BillingFileLinkPayload(errors=errors_of(error))
        return BillingFileLinkPayload(url=link.url, expires_at=link.expires_at)
