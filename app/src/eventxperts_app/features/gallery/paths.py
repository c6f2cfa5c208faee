"""The gallery section's routes."""

GALLERY = "/gallery"
SHARED = "/g"  # /g/<share code>: a guest opens an album shared by link
