"""The calendar service: organizers' bookings, rentable stock by date, the panchangam overlay."""
