"""services/marketplace as a package: its tests import as services.marketplace.tests."""
