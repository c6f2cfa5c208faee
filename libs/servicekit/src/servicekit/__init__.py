"""Shared building blocks of every EventXperts service: settings, database and unit of work, events,
auth, GraphQL, logging and health endpoints, and pytest fixtures."""
