"""dlib's HOG detector and the public-domain model files of `face-recognition-models`, loaded once
per process. Only the 5-point landmark model is used: the 68-point one is not for commercial use."""

from __future__ import annotations

import functools
import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import dlib

FIVE_POINT_LANDMARKS = "shape_predictor_5_face_landmarks.dat"
RESNET_EMBEDDING = "dlib_face_recognition_resnet_model_v1.dat"


class ModelFilesMissing(Exception):
    code = "FACE_MODELS_MISSING"


def models_folder() -> Path:
    """The package's `models/` folder, found without importing the package (its `__init__` needs
    `pkg_resources`, which recent setuptools no longer ships)."""
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ModelFilesMissing("face-recognition-models is not installed (uv sync)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
    for name in (FIVE_POINT_LANDMARKS, RESNET_EMBEDDING):
        if not (folder / name).is_file():
            raise ModelFilesMissing(f"{name} is missing from {folder}")
    return folder


@dataclass(frozen=True)
class FaceModels:
    detector: Any  # dlib.fhog_object_detector
    landmarks: Any  # dlib.shape_predictor (5 points)
    embedder: Any  # dlib.face_recognition_model_v1 (128-d ResNet)


@functools.cache
def load_models() -> FaceModels:
    """The three models, loaded on first use in this process (about a second), then kept."""
    folder = models_folder()
    return FaceModels(
        detector=dlib.get_frontal_face_detector(),
        landmarks=dlib.shape_predictor(str(folder / FIVE_POINT_LANDMARKS)),
        embedder=dlib.face_recognition_model_v1(str(folder / RESNET_EMBEDDING)),
    )
