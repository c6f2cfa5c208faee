"""services/calendar as a package: its tests import as services.calendar.tests (see services/__init__.py)."""
