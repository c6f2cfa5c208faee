"""The labelled face photos, read where the team keeps them (never copied into the repository)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from faces.dataset import dataset_location
from PIL import Image

REPOSITORY = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def dataset() -> Path:
    folder = dataset_location()
    if not (folder / "labels.csv").is_file():
        pytest.fail(f"the labelled face photos are missing: {folder} (set FACES_DATASET)")
    return folder


def encoded(image: Image.Image, kind: str = "PNG", **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()
