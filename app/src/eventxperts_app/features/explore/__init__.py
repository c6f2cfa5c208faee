"""Finding organizers, stores and event services nearby (not built yet)."""
