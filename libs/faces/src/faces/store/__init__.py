"""The gallery's face data in PostgreSQL with pgvector: tables declared on the service's own
MetaData, migration operations, search within albums, hiding a guest, deletion and retention."""

from faces.store.tables import EMBEDDING_DIMENSIONS, FaceTables, face_tables

__all__ = ["EMBEDDING_DIMENSIONS", "FaceTables", "face_tables"]
