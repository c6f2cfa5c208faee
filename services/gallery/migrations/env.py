"""Alembic environment of the gallery database (servicekit's runner does the work)."""

from __future__ import annotations

import os

from alembic import context
from servicekit.migrations import run_env
from sqlalchemy import MetaData

# `alembic -c services/gallery/alembic.ini upgrade head` from a shell: the URL comes from DATABASE_URL.
if context.config.get_main_option("sqlalchemy.url") is None and os.environ.get("DATABASE_URL"):
    context.config.set_main_option("sqlalchemy.url", os.environ["DATABASE_URL"].replace("%", "%%"))

run_env(MetaData())
