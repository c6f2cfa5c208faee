"""The events billing consumes: the organizer's business facts, erasure, and (seam) the calendar's
bookings."""
