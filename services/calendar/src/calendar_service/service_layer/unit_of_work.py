"""The calendar unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from calendar_service.adapters.announcements import Announcements
from calendar_service.adapters.bookings_repository import BookingsRepository
from calendar_service.adapters.day_loads import DayLoads
from calendar_service.adapters.dispatch_repository import DispatchRepository
from calendar_service.adapters.received_enquiries import ReceivedEnquiries
from calendar_service.adapters.stock_repository import StockRepository


class CalendarUnitOfWork(SqlAlchemyUnitOfWork):
    bookings: BookingsRepository
    stock: StockRepository
    dispatch: DispatchRepository
    day_loads: DayLoads
    announcements: Announcements
    received_enquiries: ReceivedEnquiries

    async def __aenter__(self) -> CalendarUnitOfWork:
        await super().__aenter__()
        self.bookings = BookingsRepository(self.session)
        self.stock = StockRepository(self.session)
        self.dispatch = DispatchRepository(self.session)
        self.day_loads = DayLoads(self.session)
        self.announcements = Announcements(self.session)
        self.received_enquiries = ReceivedEnquiries(self.session)
        return self
