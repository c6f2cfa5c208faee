"""What the platform's operator does from the shell, for journeys that need it."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys

from .conftest import RunningPlatform


def create_super_admin(platform: RunningPlatform, email: str, password: str) -> None:
    """The only way to a super admin: the operator's CLI, against the platform's database."""
    env = {
        **os.environ,
        **platform.config.extra_env,
        "DATABASE_URL": platform.server_url,
        "DATA_DIR": str(platform.data_dir),
    }
    phone = f"+919{secrets.randbelow(10**9):09d}"
    command = [
        sys.executable,
        "-m",
        "eventxperts_cli",
        "admin",
        "create",
        "--email",
        email,
        "--name",
        "Platform Admin",
        "--phone",
        phone,
        "--password",
        password,
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
