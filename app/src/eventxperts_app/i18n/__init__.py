"""The app's text in English and Telugu: one JSON catalogue per language with identical keys."""

from eventxperts_app.i18n.catalogue import Language, Translator, load_catalogue

__all__ = ["Language", "Translator", "load_catalogue"]
