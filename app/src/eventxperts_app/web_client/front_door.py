"""The app's HTTP front: the versioned client files, the page, the web manifest and the service worker,
each with the headers it needs. Everything else (Flet's websocket, the app's assets) goes on to Flet.

Behind the edge, nginx serves `/_app/` from the same directory itself; these answers are for the app on
its own port and for an edge that cannot read the directory.
"""

from __future__ import annotations

from pathlib import Path

from starlette.requests import Request
from starlette.responses import FileResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from eventxperts_app.i18n import Language
from eventxperts_app.web_client.compression import best_copy
from eventxperts_app.web_client.layout import CLIENT_PREFIX
from eventxperts_app.web_client.media_types import media_type
from eventxperts_app.web_client.pages import Pages, preferred_language

IMMUTABLE = "public, max-age=31536000, immutable"


def content_security_policy(public_origin: str | None = None) -> str:
    """Nothing but this origin, and the platform's public one for images (the services' signed photo
    URLs are made on it; the page differs from it when the app is opened on its own port).

    The Flutter client has a CDN address for rive_native.js built in, and the browser refuses it here.
    Flutter needs wasm compilation, blob: workers (skwasm's) and inline styles; it fetches images."""
    images = f"'self' {public_origin}" if public_origin else "'self'"
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self' 'wasm-unsafe-eval'",
            "worker-src 'self' blob:",
            "style-src 'self' 'unsafe-inline'",
            f"img-src {images} data: blob:",
            "font-src 'self' data:",
            f"connect-src {images}",
            "media-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        )
    )


# Cross-origin isolation would let Flutter's skwasm renderer draw on a second thread; the client asks
# for one thread (decision 0049), and the isolation stays (what images carry: decision 0044).
ISOLATION = {"Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp"}


class FrontDoor:
    def __init__(
        self, client_root: Path, pages: Pages, flet_app: ASGIApp, *, public_origin: str | None = None
    ) -> None:
        self._root = client_root
        self._policy = content_security_policy(public_origin)
        self._flet = flet_app
        self._index = {language: pages.index(language) for language in Language}
        self._manifest = {language: pages.manifest(language) for language in Language}
        self._service_worker = pages.service_worker()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = None
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD"):
            response = self._answer(Request(scope))
        if response is None:
            await self._flet(scope, receive, send)
        else:
            await response(scope, receive, send)

    def _answer(self, request: Request) -> Response | None:
        path = request.url.path
        language = preferred_language(request.headers.get("accept-language", ""))
        if path.startswith(CLIENT_PREFIX):
            return self._client_file(
                path.removeprefix(CLIENT_PREFIX), request.headers.get("accept-encoding", "")
            )
        if path == "/manifest.webmanifest":
            headers = {"Cache-Control": "no-cache", "Vary": "Accept-Language"}
            return Response(self._manifest[language], media_type="application/manifest+json", headers=headers)
        if path == "/sw.js":
            return Response(
                self._service_worker, media_type="text/javascript", headers={"Cache-Control": "no-cache"}
            )
        if "." not in path.rsplit("/", 1)[-1]:  # a route of the app: the page, which routes in the browser
            headers = {
                "Cache-Control": "no-cache",
                "Vary": "Accept-Language",
                "Content-Security-Policy": self._policy,
                **ISOLATION,
            }
            return Response(self._index[language], media_type="text/html", headers=headers)
        return None

    def _client_file(self, relative: str, accept_encoding: str) -> Response:
        parts = relative.split("/")
        # No empty, dot or hidden segment: nothing outside the versions, nor a build in progress.
        if any(not part or part.startswith(".") for part in parts):
            return PlainTextResponse("Not found", status_code=404)
        path = self._root.joinpath(*parts)
        if not path.is_file():
            return PlainTextResponse("Not found", status_code=404)
        chosen, encoding = best_copy(path, accept_encoding)
        headers = {"Cache-Control": IMMUTABLE, "Vary": "Accept-Encoding", **ISOLATION}
        if encoding is not None:
            headers["Content-Encoding"] = encoding
        return FileResponse(chosen, media_type=media_type(path), headers=headers)
