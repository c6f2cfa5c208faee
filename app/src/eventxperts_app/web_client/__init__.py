"""The Flutter web client as this app serves it: flet-web's client with our start script, fonts and
icons, built once per version into a directory served under `/_app/<version>/` with year-long caching
and pre-compressed (brotli, gzip) copies; the page, manifest and service worker in front of Flet."""

from eventxperts_app.web_client.build import WebClient, ensure_web_client
from eventxperts_app.web_client.layout import CLIENT_PREFIX

__all__ = ["CLIENT_PREFIX", "WebClient", "ensure_web_client"]
