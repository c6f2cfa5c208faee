"""Finding organizers free on a date, enquiring with them, and public events."""
