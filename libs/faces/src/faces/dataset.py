"""Where the team's labelled face photos are (`labels.csv` and the photos beside it): tests, the bench and
`make demo` read them from here, never from a path of their own.

`FACES_DATASET` when set; else `../shared/datasets/faces` beside the checkout (the team's layout); else
the team machines' shared folder, for a clone made elsewhere (CI clones into a scratch directory).
"""

from __future__ import annotations

import os
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[4]
TEAM_SHARED = Path("/work/shared/datasets/faces")


def dataset_location() -> Path:
    """The first folder holding `labels.csv`, or the expected place beside the checkout (so that a
    message naming it says where the photos belong)."""
    given = os.environ.get("FACES_DATASET")
    if given:
        return Path(given)
    beside = REPOSITORY.parent / "shared" / "datasets" / "faces"
    for folder in (beside, TEAM_SHARED):
        if (folder / "labels.csv").is_file():
            return folder
    return beside
