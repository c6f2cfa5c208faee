"""services/billing as a package: its tests import as services.billing.tests (see services/__init__.py)."""
