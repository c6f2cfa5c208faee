"""Reports in the graph: receivables with ageing, collections by day and mode, GSTR-1's sections and
a signed link to each section's CSV."""

from __future__ import annotations

from datetime import date

import gst
import strawberry
from servicekit.errors import DomainError
from servicekit.graphql import described
from servicekit.graphql.paise import Paise

from billing_service.api.graphql.context import BillingInfo, as_uuid, caller_of, organizer_of, services_of
from billing_service.api.graphql.errors import as_graphql_error, errors_of
from billing_service.api.graphql.sharing_mutations import BillingFileLinkPayload
from billing_service.domain.vocabulary import PaymentMode
from billing_service.service_layer import gst_return, reports

strawberry.enum(gst.Gstr1Section, name="BillingGstr1Section")


@strawberry.type(name="BillingClientReceivable")
class BillingClientReceivableType:
    client_id: strawberry.ID | None
    client_name: str
    invoices: int
    outstanding_paise: Paise
    days_0_to_30_paise: Paise
    days_31_to_60_paise: Paise
    days_61_to_90_paise: Paise
    over_90_days_paise: Paise

    @staticmethod
    def of(r: reports.ClientReceivable) -> BillingClientReceivableType:
        a = [Paise(p) for p in r.ageing_paise]
        return BillingClientReceivableType(
            client_id=strawberry.ID(str(r.client_id)) if r.client_id else None,
            client_name=r.client_name,
            invoices=r.invoices,
            outstanding_paise=Paise(r.outstanding_paise),
            days_0_to_30_paise=a[0],
            days_31_to_60_paise=a[1],
            days_61_to_90_paise=a[2],
            over_90_days_paise=a[3],
        )


@strawberry.type(name="BillingReceivables")
class BillingReceivablesType:
    financial_year: str
    as_of: date
    outstanding_paise: Paise
    days_0_to_30_paise: Paise
    days_31_to_60_paise: Paise
    days_61_to_90_paise: Paise
    over_90_days_paise: Paise
    client_count: int = strawberry.field(description="Clients owing anything; `clients` is one page of them.")
    clients: list[BillingClientReceivableType]

    @staticmethod
    def of(r: reports.Receivables) -> BillingReceivablesType:
        a = [Paise(p) for p in r.ageing_paise]
        return BillingReceivablesType(
            financial_year=r.period.year.label,
            as_of=r.as_of,
            outstanding_paise=Paise(r.outstanding_paise),
            days_0_to_30_paise=a[0],
            days_31_to_60_paise=a[1],
            days_61_to_90_paise=a[2],
            over_90_days_paise=a[3],
            client_count=r.client_count,
            clients=[BillingClientReceivableType.of(c) for c in r.clients],
        )


@strawberry.type(name="BillingCollection")
class BillingCollectionType:
    day: date
    mode: PaymentMode
    amount_paise: Paise
    payments: int


@strawberry.type(name="BillingCollectionByMode")
class BillingCollectionByModeType:
    mode: PaymentMode
    amount_paise: Paise


@strawberry.type(name="BillingCollections")
class BillingCollectionsType:
    financial_year: str
    month: int | None
    total_paise: Paise
    by_mode: list[BillingCollectionByModeType]
    days: list[BillingCollectionType] = strawberry.field(description="Per day and mode, oldest first.")

    @staticmethod
    def of(c: reports.Collections) -> BillingCollectionsType:
        return BillingCollectionsType(
            financial_year=c.period.year.label,
            month=c.period.month,
            total_paise=Paise(c.total_paise),
            by_mode=[
                BillingCollectionByModeType(mode=PaymentMode(m), amount_paise=Paise(p))
                for m, p in c.by_mode.items()
            ],
            days=[
                BillingCollectionType(
                    day=d.day,
                    mode=PaymentMode(d.mode),
                    amount_paise=Paise(d.amount_paise),
                    payments=d.payments,
                )
                for d in c.days
            ],
        )


@strawberry.type(name="BillingGstReturnSection")
class BillingGstReturnSectionType:
    section: gst.Gstr1Section
    columns: list[str] = strawberry.field(description="The offline tool's column headings.")
    rows: list[list[str]]


@strawberry.type(name="BillingGstReturn")
class BillingGstReturnType:
    financial_year: str
    month: int | None
    starts_on: date
    ends_on: date
    sections: list[BillingGstReturnSectionType]

    @staticmethod
    def of(r: gst_return.GstReturn) -> BillingGstReturnType:
        return BillingGstReturnType(
            financial_year=r.period.year.label,
            month=r.period.month,
            starts_on=r.period.starts,
            ends_on=r.period.ends,
            sections=[
                BillingGstReturnSectionType(section=s, columns=list(gst.GSTR1_COLUMNS[s]), rows=rows)
                for s, rows in r.sections.items()
            ],
        )


@strawberry.type
class BillingReportQueries:
    @described.field(
        "What clients owe on a day for a financial year's invoices, aged 0-30/31-60/61-90/90+ days."
    )
    async def billing_receivables(
        self,
        info: BillingInfo,
        financial_year: str,
        as_of: date | None = None,
        first: int = 20,
        offset: int = 0,
        organizer_id: strawberry.ID | None = None,
    ) -> BillingReceivablesType:
        async def run() -> BillingReceivablesType:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            found = await reports.receivables(
                services_of(info).deps,
                caller_of(info),
                organizer,
                financial_year,
                as_of=as_of,
                first=first,
                offset=offset,
            )
            return BillingReceivablesType.of(found)

        return await as_graphql_error(run())

    @described.field("Money received per day and mode in a financial year, or one month (1-12) of it.")
    async def billing_collections(
        self,
        info: BillingInfo,
        financial_year: str,
        month: int | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> BillingCollectionsType:
        async def run() -> BillingCollectionsType:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            found = await reports.collections(
                services_of(info).deps, caller_of(info), organizer, financial_year, month
            )
            return BillingCollectionsType.of(found)

        return await as_graphql_error(run())

    @described.field("GSTR-1's sections for a month (1-12) of a financial year, or the whole year.")
    async def billing_gst_return(
        self,
        info: BillingInfo,
        financial_year: str,
        month: int | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> BillingGstReturnType:
        async def run() -> BillingGstReturnType:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            deps = services_of(info).deps
            return BillingGstReturnType.of(
                await gst_return.gst_return(deps, caller_of(info), organizer, financial_year, month)
            )

        return await as_graphql_error(run())


@strawberry.type
class BillingReportMutations:
    @described.mutation("One GSTR-1 section as the offline tool's CSV, at a signed link for a few minutes.")
    async def billing_gst_return_csv(
        self,
        info: BillingInfo,
        financial_year: str,
        section: gst.Gstr1Section,
        month: int | None = None,
        organizer_id: strawberry.ID | None = None,
    ) -> BillingFileLinkPayload:
        try:
            organizer = organizer_of(info, as_uuid(organizer_id, "organizerId"))
            link = await gst_return.gst_return_csv_link(
                services_of(info).deps, caller_of(info), organizer, financial_year, month, section
            )
        except DomainError as error:
            return BillingFileLinkPayload(errors=errors_of(error))
        return BillingFileLinkPayload(url=link.url, expires_at=link.expires_at)
