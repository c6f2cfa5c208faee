"""Detection and embeddings on photos of the labelled set."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from faces.detection import FAST, SMALL, detect_faces
from faces.errors import ImageTooLarge, ImageUnreadable, NoFaceFound, SeveralFaces
from faces.matching import MATCH_DISTANCE
from faces.selfie import selfie_face
from PIL import Image

from .conftest import encoded


def test_a_group_photo_has_a_face_near_each_labelled_persons_selfie(dataset: Path) -> None:
    group = detect_faces((dataset / "fr/test_obama_and_biden.jpg").read_bytes())
    for selfie in ("fr/train_obama_obama.jpg", "fr/train_biden_biden2.jpg"):
        face = selfie_face((dataset / selfie).read_bytes())
        distances = [float(np.linalg.norm(f.embedding - face.embedding)) for f in group]
        assert min(distances) <= MATCH_DISTANCE, selfie


def test_every_labelled_person_of_a_group_photo_is_found(dataset: Path) -> None:
    faces = detect_faces((dataset / "bbt/bbt4.jpg").read_bytes())  # six people labelled
    assert len(faces) >= 6
    assert all(face.embedding.shape == (128,) and face.embedding.dtype == np.float32 for face in faces)


def test_boxes_are_in_the_upright_photo_whatever_the_exif_orientation(dataset: Path) -> None:
    upright = Image.open(dataset / "bbt/leonard1.png").convert("RGB")
    # Stored turned a quarter anticlockwise, with the EXIF tag that tells viewers to turn it back.
    stored = upright.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: turn a quarter clockwise to view
    (turned,) = detect_faces(encoded(stored, "JPEG", exif=exif, quality=95))
    (plain,) = detect_faces(encoded(upright, "JPEG", quality=95))
    assert abs(turned.box.left - plain.box.left) <= 4
    assert abs(turned.box.top - plain.box.top) <= 4
    assert float(np.linalg.norm(turned.embedding - plain.embedding)) < 0.2


def test_the_fast_mode_skips_faces_the_small_mode_finds(dataset: Path) -> None:
    crop = Image.open(dataset / "bbt/penny1.png").convert("RGB").resize((60, 60))
    canvas = Image.new("RGB", (400, 300), "gray")
    canvas.paste(crop, (150, 100))
    data = encoded(canvas)
    (small,) = detect_faces(data, SMALL)
    assert 40 <= small.box.width < 60
    assert detect_faces(data, FAST) == []


def test_faces_under_forty_pixels_are_not_returned(dataset: Path) -> None:
    crop = Image.open(dataset / "bbt/penny1.png").convert("RGB").resize((36, 36))
    canvas = Image.new("RGB", (300, 200), "gray")
    canvas.paste(crop, (120, 70))
    assert detect_faces(encoded(canvas), SMALL) == []


def test_a_selfie_gives_its_largest_face(dataset: Path) -> None:
    big = Image.open(dataset / "bbt/raj1.png").convert("RGB").resize((240, 240))
    small = Image.open(dataset / "bbt/amy1.png").convert("RGB").resize((120, 120))
    canvas = Image.new("RGB", (480, 300), "gray")
    canvas.paste(big, (10, 30))
    canvas.paste(small, (320, 90))
    face = selfie_face(encoded(canvas))
    assert face.box.left < 240


def test_a_selfie_of_two_equal_faces_is_refused(dataset: Path) -> None:
    face = Image.open(dataset / "bbt/leonard1.png").convert("RGB")
    canvas = Image.new("RGB", (400, 200), "gray")
    canvas.paste(face, (20, 25))
    canvas.paste(face.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (230, 25))
    with pytest.raises(SeveralFaces) as refused:
        selfie_face(encoded(canvas))
    assert refused.value.code == "SEVERAL_FACES"


def test_a_selfie_without_a_face_is_refused() -> None:
    with pytest.raises(NoFaceFound) as refused:
        selfie_face(encoded(Image.new("RGB", (640, 480), "skyblue")))
    assert refused.value.code == "NO_FACE"


@pytest.mark.parametrize(
    "data",
    [b"not an image at all", b"\xff\xd8\xff\xe0" + b"\x00" * 64],
    ids=["text", "truncated-jpeg"],
)
def test_what_is_not_a_photo_is_refused_with_a_code(data: bytes) -> None:
    with pytest.raises(ImageUnreadable) as refused:
        detect_faces(data)
    assert refused.value.code == "IMAGE_UNREADABLE"


def test_a_truncated_photo_is_refused(dataset: Path) -> None:
    data = (dataset / "fr/test_obama1.jpg").read_bytes()
    with pytest.raises(ImageUnreadable):
        detect_faces(data[: len(data) // 2])


def test_a_decompression_bomb_is_refused_before_decoding() -> None:
    bomb = encoded(Image.new("1", (12_000, 6_000)))  # 72 megapixels in a few kilobytes
    assert len(bomb) < 100_000
    with pytest.raises(ImageTooLarge) as refused:
        detect_faces(bomb)
    assert refused.value.code == "IMAGE_TOO_LARGE"


@pytest.mark.parametrize("kind", ["GIF", "BMP", "TIFF", "TGA", "PPM"])
def test_a_picture_in_a_format_no_camera_makes_is_refused_as_unreadable(kind: str) -> None:
    with pytest.raises(ImageUnreadable):
        detect_faces(encoded(Image.new("RGB", (64, 64), "white"), kind))
