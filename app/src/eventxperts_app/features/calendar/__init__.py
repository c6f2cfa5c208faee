"""Organizers' bookings and their calendar with panchangam and muhurthams (not built yet)."""
