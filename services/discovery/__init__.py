"""services/discovery as a package: its tests import as services.discovery.tests
(see services/__init__.py)."""
