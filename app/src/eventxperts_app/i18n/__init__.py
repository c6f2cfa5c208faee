"""The app's text in English and Telugu: gettext catalogues (locales/<language>/LC_MESSAGES/messages.po,
compiled to .mo by the setup) and the Translator that looks labels up in the language chosen."""

from eventxperts_app.i18n.msgid import N_, Msgid
from eventxperts_app.i18n.translator import CataloguesMissing, Language, Translator, check_catalogues

__all__ = ["N_", "CataloguesMissing", "Language", "Msgid", "Translator", "check_catalogues"]
