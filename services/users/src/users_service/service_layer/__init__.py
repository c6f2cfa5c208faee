"""Use cases of the users service: one per command, each in one unit of work."""
