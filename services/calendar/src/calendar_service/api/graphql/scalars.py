"""Money in the graph: servicekit's Paise scalar, shared by every subgraph that carries money."""

from __future__ import annotations

from servicekit.graphql.paise import MAX_PAISE, PAISE_SCALARS, Paise

SCALARS = PAISE_SCALARS

__all__ = ["MAX_PAISE", "SCALARS", "Paise"]
