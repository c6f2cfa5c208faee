"""The users service's operator commands, which the `eventxperts` CLI finds through the registry of
services: `eventxperts admin create` (the first super admin; super_admin is never self-assigned) and
`eventxperts admin rotate-key`. Only click is imported up front, so listing commands stays fast."""

from __future__ import annotations

import click


@click.group("admin")
def admin() -> None:
    """Operator actions on accounts."""


@admin.command("create")
@click.option("--email", required=True)
@click.option("--name", required=True)
@click.option("--phone", required=True, help="Indian phone number, e.g. +91 98765 43210")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def create(email: str, name: str, phone: str, password: str) -> None:
    """Create a super admin account (DATABASE_URL or the embedded server under DATA_DIR)."""
    from servicekit.errors import DomainError

    from users_service.admin import create_super_admin
    from users_service.settings import UsersSettings

    try:
        user_id = create_super_admin(UsersSettings(), email, name, phone, password)
    except DomainError as error:
        field = f" ({error.field})" if error.field else ""
        raise click.ClickException(f"{error.code}{field}: {error.message}") from error
    click.echo(f"super admin {email} created with id {user_id}")


@admin.command("rotate-key")
def rotate_key() -> None:
    """Make a new token signing key the active one; the previous key stays live for verification."""
    from users_service.admin import rotate_signing_key
    from users_service.settings import UsersSettings

    key_id = rotate_signing_key(UsersSettings())
    click.echo(f"new signing key {key_id} is active")


COMMANDS = [admin]
