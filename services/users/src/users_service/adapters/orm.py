"""SQLAlchemy models of the users database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from servicekit.db import new_metadata
from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    metadata = new_metadata()


def _now_column() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), nullable=False, server_default=func.now())


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    # Unique: two racing registrations with one address are decided by the database.
    email: Mapped[str] = mapped_column(String(254), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    phone: Mapped[str] = mapped_column(String(16), nullable=False)
    password_hash: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(200), unique=True)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    created_at: Mapped[datetime] = _now_column()
    updated_at: Mapped[datetime] = _now_column()
    # Set when the person's data was erased: the row keeps only the id, so references stay valid.
    erased_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The identity provider's id of an erased account until its account there is deleted too.
    erased_external_id: Mapped[str | None] = mapped_column(String(200))
    # A phone proven by a code sent to it signs in to this account only: unique among proven phones
    # (the partial index uq_users_verified_phone, migration 0007).
    phone_verified_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index(
            "uq_users_verified_phone",
            "phone",
            unique=True,
            postgresql_where=text("phone_verified_at IS NOT NULL"),
        ),
    )


class UserRoleRow(Base):
    __tablename__ = "user_roles"
    __table_args__ = (
        CheckConstraint("role IN ('user', 'organizer', 'store_owner', 'super_admin')", name="role"),
    )

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class ProfileRow(Base):
    __tablename__ = "profiles"

    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    preferred_language: Mapped[str] = mapped_column(String(2), nullable=False)
    business_name: Mapped[str | None] = mapped_column(String(100))
    gstin: Mapped[str | None] = mapped_column(String(15))
    state_code: Mapped[str | None] = mapped_column(String(2))
    address: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    location_city: Mapped[str | None] = mapped_column(String(100))
    location_latitude: Mapped[float | None] = mapped_column(Float)
    location_longitude: Mapped[float | None] = mapped_column(Float)
    location_timezone: Mapped[str | None] = mapped_column(String(64))


class RefreshTokenRow(Base):
    __tablename__ = "refresh_tokens"
    __table_args__ = (CheckConstraint("status IN ('active', 'rotated', 'revoked')", name="status"),)

    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True)
    family_id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), nullable=False, index=True)
    user_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True
    )
    # Only a SHA-256 of the secret is kept: a database leak gives no usable token.
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), nullable=False, unique=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False)
    created_at: Mapped[datetime] = _now_column()
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class LoginFailureRow(Base):
    """Failed sign-ins to one email from one client address. Keyed by email, not user: unknown
    addresses are counted too, so a wait reveals nothing; by address too, so a stranger's failures
    do not keep the owner out."""

    __tablename__ = "login_failures"

    email: Mapped[str] = mapped_column(String(254), primary_key=True)
    client_address: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class AddressLoginFailureRow(Base):
    """Failed sign-ins from one client address, whatever the account: a leaky bucket's level."""

    __tablename__ = "address_login_failures"

    client_address: Mapped[str] = mapped_column(String(64), primary_key=True)
    failure_level: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    last_failure_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PasswordResetCodeRow(Base):
    """The live password-reset code of one email (domain/reset_codes.py). Keyed by email, not user:
    asking for an unknown email stores a code too, so nothing that follows tells the two apart."""

    __tablename__ = "password_reset_codes"

    email: Mapped[str] = mapped_column(String(254), primary_key=True)
    code_hash: Mapped[str] = mapped_column(Text, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    tries_left: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = _now_column()


class ResetRequestLevelRow(Base):
    """Codes asked for per email and per client address: a leaky bucket's level (domain/lockout.py)."""

    __tablename__ = "reset_request_levels"
    __table_args__ = (CheckConstraint("scope IN ('email', 'address')", name="scope"),)

    scope: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(254), primary_key=True)
    level: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    last_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class PhoneCodeRow(Base):
    """The live sign-in code of one phone number (domain/phone_codes.py), known to an account or not."""

    __tablename__ = "phone_codes"

    phone: Mapped[str] = mapped_column(String(16), primary_key=True)
    code_hash: Mapped[str] = mapped_column(Text, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    tries_left: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[datetime] = _now_column()


class PhoneCodeRequestLevelRow(Base):
    """Codes asked for per phone and per client address: a leaky bucket's level (domain/lockout.py)."""

    __tablename__ = "phone_code_request_levels"
    __table_args__ = (CheckConstraint("scope IN ('phone', 'address')", name="scope"),)

    scope: Mapped[str] = mapped_column(String(10), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    level: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    last_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class SigningKeyRow(Base):
    __tablename__ = "signing_keys"

    kid: Mapped[str] = mapped_column(String(64), primary_key=True)
    # PKCS#8 PEM encrypted with the service's SECRET_KEY.
    private_key_pem: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    public_jwk: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    created_at: Mapped[datetime] = _now_column()
    retired_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
