"""The labelled face photos, read where the team keeps them (never copied into the repository)."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

REPOSITORY = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def dataset() -> Path:
    folder = Path(os.environ.get("FACES_DATASET", REPOSITORY.parent / "shared" / "datasets" / "faces"))
    if not (folder / "labels.csv").is_file():
        pytest.fail(f"the labelled face photos are missing: {folder} (set FACES_DATASET)")
    return folder


def encoded(image: Image.Image, kind: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()
