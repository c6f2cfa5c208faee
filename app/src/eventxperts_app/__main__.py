"""`python -m eventxperts_app`: serve the web app (APP_HOST, APP_PORT, GATEWAY_URL)."""

import sys

from eventxperts_app.fonts import FontMissing
from eventxperts_app.i18n import CataloguesMissing
from eventxperts_app.main import run
from eventxperts_app.settings import SettingsError

if __name__ == "__main__":
    try:
        run()
    except (SettingsError, FontMissing, CataloguesMissing) as error:
        sys.exit(f"eventxperts_app: {error.code}: {error}")
