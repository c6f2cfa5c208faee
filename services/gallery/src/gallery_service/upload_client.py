"""A tus 1.0.0 client for `eventxperts gallery upload`: pushes a folder of photos to an album's tus
endpoint, one file at a time, and carries on where a dropped connection stopped (HEAD, then PATCH
from the offset the server has). Files the album already has (by SHA-256) are skipped before any
byte is sent; a file's upload URL is remembered in the folder, so a later run resumes it too."""

from __future__ import annotations

import base64
import hashlib
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

TUS = {"Tus-Resumable": "1.0.0"}
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"}
STATE_FILE = ".eventxperts-upload.json"
MEDIA_TYPES = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


class UploadFailed(Exception):
    """The server refused a file (its code and message) or stayed unreachable after every retry."""


@dataclass
class BatchReport:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)
    resumed: int = 0  # times an upload went on after a dropped connection
    resumed_from: list[int] = field(default_factory=list)  # the offsets the server had kept then


@dataclass
class TusUploader:
    tus_url: str  # .../gallery/tus/{token}
    chunk_bytes: int = 4 * 1024 * 1024
    retries: int = 8
    backoff_seconds: float = 0.2
    http: httpx.Client = field(default_factory=lambda: httpx.Client(timeout=60))
    say: Callable[[str], None] = lambda line: None

    def upload_folder(self, folder: Path) -> BatchReport:
        report = BatchReport()
        files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in PHOTO_SUFFIXES)
        digests = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
        stored = self._already_stored(list(digests.values()))
        state = _State(folder / STATE_FILE)
        for path in files:
            if digests[path] in stored:
                report.skipped.append(path.name)
                continue
            try:
                self._upload_file(path, digests[path], state, report)
                report.sent.append(path.name)
            except UploadFailed as refused:
                report.refused[path.name] = str(refused)
            self.say(
                f"{len(report.sent) + len(report.skipped) + len(report.refused)}/{len(files)} {path.name}"
            )
        return report

    def _already_stored(self, digests: list[str]) -> set[str]:
        known_url = self.tus_url.replace("/gallery/tus/", "/gallery/uploads/", 1) + "/known"
        answer = self._request("POST", known_url, json={"contentHashes": digests})
        return set(answer.json().get("alreadyStored", [])) if answer.status_code == 200 else set()

    def _upload_file(self, path: Path, digest: str, state: _State, report: BatchReport) -> None:
        data = path.read_bytes()
        location = state.get(digest) or self._create(path, len(data))
        state.put(digest, location)
        offset = self._offset(location)
        if offset is None:  # expired or finished elsewhere: start over
            location = self._create(path, len(data))
            state.put(digest, location)
            offset = 0
        attempts = 0
        while offset < len(data):
            try:
                offset = self._patch(location, data, offset)
            except (httpx.TransportError, _Conflict):
                attempts += 1
                if attempts > self.retries:
                    raise UploadFailed("the connection kept dropping") from None
                time.sleep(self.backoff_seconds * attempts)
                report.resumed += 1
                offset = self._offset(location) or 0
                report.resumed_from.append(offset)
        state.forget(digest)

    def _create(self, path: Path, length: int) -> str:
        metadata = f"filename {_b64(path.name)}"
        if media_type := MEDIA_TYPES.get(path.suffix.lower()):
            metadata += f",filetype {_b64(media_type)}"
        headers = {**TUS, "Upload-Length": str(length), "Upload-Metadata": metadata}
        answer = self._request("POST", self.tus_url, headers=headers)
        if answer.status_code != 201:
            raise UploadFailed(_refusal(answer))
        return answer.headers["location"]

    def _offset(self, location: str) -> int | None:
        answer = self._request("HEAD", location, headers=TUS)
        return int(answer.headers["upload-offset"]) if answer.status_code == 200 else None

    def _patch(self, location: str, data: bytes, offset: int) -> int:
        chunk = data[offset : offset + self.chunk_bytes]
        headers = {**TUS, "Upload-Offset": str(offset), "Content-Type": "application/offset+octet-stream"}
        answer = self.http.patch(location, content=chunk, headers=headers)
        if answer.status_code == 409:
            raise _Conflict()
        if answer.status_code != 204:
            raise UploadFailed(_refusal(answer))
        return int(answer.headers["upload-offset"])

    def _request(self, method: str, url: str, **kwargs: object) -> httpx.Response:
        for attempt in range(self.retries + 1):
            try:
                return self.http.request(method, url, **kwargs)  # type: ignore[arg-type]
            except httpx.TransportError:
                if attempt == self.retries:
                    raise UploadFailed(f"{url.split('/gallery/')[0]} is unreachable") from None
                time.sleep(self.backoff_seconds * (attempt + 1))
        raise AssertionError("unreachable")


class _Conflict(Exception):
    """409: another PATCH is still being written, or the offset moved; ask HEAD again."""


class _State:
    """sha256 -> upload URL of the files begun and not finished, kept beside the photos."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: dict[str, str] = json.loads(path.read_text()) if path.is_file() else {}

    def get(self, digest: str) -> str | None:
        return self.entries.get(digest)

    def put(self, digest: str, location: str) -> None:
        self.entries[digest] = location
        self._write()

    def forget(self, digest: str) -> None:
        self.entries.pop(digest, None)
        self._write()

    def _write(self) -> None:
        if self.entries:
            self.path.write_text(json.dumps(self.entries))
        else:
            self.path.unlink(missing_ok=True)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _refusal(answer: httpx.Response) -> str:
    try:
        error = answer.json()["error"]
        return f"{error['code']}: {error['message']}"
    except (ValueError, KeyError, TypeError):
        return f"HTTP {answer.status_code}"
