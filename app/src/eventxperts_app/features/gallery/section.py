"""The gallery section: organizers' albums and uploads, and guests' "find my photos" by a shared link."""

from eventxperts_app.features.gallery.error_texts import GALLERY_ERROR_TEXTS
from eventxperts_app.ui.section import Section

SECTION = Section(name="gallery", error_texts=GALLERY_ERROR_TEXTS)
