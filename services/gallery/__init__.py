"""services/gallery as a package: its tests import as services.gallery.tests (see services/__init__.py)."""
