"""The gallery subgraph."""

from __future__ import annotations

import strawberry
from servicekit.graphql import federation_schema

from gallery_service.api.graphql.mutations import GalleryMutations
from gallery_service.api.graphql.queries import GalleryQueries


def gallery_schema() -> strawberry.federation.Schema:
    return federation_schema(query=GalleryQueries, mutation=GalleryMutations)
