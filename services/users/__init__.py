"""services/users as a package: its tests import as services.users.tests (see services/__init__.py)."""
