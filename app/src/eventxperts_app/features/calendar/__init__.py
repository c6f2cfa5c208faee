"""Organizers' calendar: a month with panchangam and muhurthams, bookings and their status, rentable
stock and its availability, muhurtham search and the calendar feed (docs/api/calendar.graphql)."""
