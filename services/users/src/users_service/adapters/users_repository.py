"""Reading and writing accounts: users with their roles and profiles."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, false, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from users_service.adapters.orm import ProfileRow, UserRoleRow, UserRow
from users_service.adapters.profile_mapping import profile_from_row, profile_row
from users_service.domain.accounts import Profile, UserAccount
from users_service.domain.errors import UsersError, UsersErrorCode
from users_service.domain.roles import Role


@dataclass(frozen=True, slots=True)
class UserPage:
    items: list[UserAccount]
    total: int
    next_cursor: str | None


@dataclass(frozen=True, slots=True)
class UserSearch:
    text: str | None
    role: Role | None
    include_inactive: bool
    limit: int
    after: uuid.UUID | None


class UsersRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def add(self, account: UserAccount, *, password_hash: str | None) -> None:
        """Insert the account; the unique email index decides duplicate registrations."""
        self._session.add(
            UserRow(
                id=account.id,
                email=account.email,
                name=account.name,
                phone=account.phone,
                password_hash=password_hash,
                external_id=None,
                is_active=account.is_active,
                created_at=account.created_at,
                updated_at=account.created_at,
            )
        )
        try:
            await self._session.flush()
        except IntegrityError as error:
            if "uq_users_email" in str(error.orig):
                raise UsersError(
                    UsersErrorCode.EMAIL_TAKEN, "An account with this email exists.", "email"
                ) from None
            raise
        await self.set_roles(account.id, account.roles)
        await self.save_profile(account.id, account.profile)

    async def get(self, user_id: uuid.UUID, *, for_update: bool = False) -> UserAccount | None:
        query = select(UserRow).where(UserRow.id == user_id)
        if for_update:
            query = query.with_for_update()
        row = (await self._session.execute(query)).scalar_one_or_none()
        return None if row is None else (await self._accounts([row]))[0]

    async def get_many(self, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, UserAccount]:
        rows = (await self._session.execute(select(UserRow).where(UserRow.id.in_(user_ids)))).scalars()
        return {account.id: account for account in await self._accounts(list(rows))}

    async def get_by_email(self, email: str) -> UserAccount | None:
        row = (
            await self._session.execute(select(UserRow).where(UserRow.email == email))
        ).scalar_one_or_none()
        return None if row is None else (await self._accounts([row]))[0]

    async def get_by_external_id(self, external_id: str) -> UserAccount | None:
        query = select(UserRow).where(UserRow.external_id == external_id)
        row = (await self._session.execute(query)).scalar_one_or_none()
        return None if row is None else (await self._accounts([row]))[0]

    async def external_id(self, user_id: uuid.UUID) -> str | None:
        query = select(UserRow.external_id).where(UserRow.id == user_id)
        return (await self._session.execute(query)).scalar_one_or_none()

    async def credentials(self, email: str) -> tuple[uuid.UUID, str | None] | None:
        """The id and password hash of the account with this email, in one query (sign-in)."""
        query = select(UserRow.id, UserRow.password_hash).where(UserRow.email == email)
        row = (await self._session.execute(query)).one_or_none()
        return None if row is None else (row.id, row.password_hash)

    async def password_hash(self, user_id: uuid.UUID) -> str | None:
        query = select(UserRow.password_hash).where(UserRow.id == user_id)
        return (await self._session.execute(query)).scalar_one_or_none()

    async def set_password_hash(self, user_id: uuid.UUID, password_hash: str) -> None:
        await self._update(user_id, password_hash=password_hash)

    async def set_identity(self, user_id: uuid.UUID, *, name: str, phone: str) -> None:
        await self._update(user_id, name=name, phone=phone)

    async def set_external_id(self, user_id: uuid.UUID, external_id: str) -> None:
        await self._update(user_id, external_id=external_id)

    async def set_active(self, user_id: uuid.UUID, active: bool) -> None:
        await self._update(user_id, is_active=active)

    async def erase(self, user_id: uuid.UUID, *, now: datetime) -> None:
        """Keep only the id: identity, sign-in data, roles and profile go; the row stays so that
        other services' references (and the events already published) still name an account."""
        await self._update(
            user_id,
            email=erased_email(user_id),
            name="",
            phone="",
            password_hash=None,
            erased_external_id=UserRow.external_id,
            external_id=None,
            is_active=False,
            erased_at=now,
        )
        await self.set_roles(user_id, ())
        await self._session.execute(delete(ProfileRow).where(ProfileRow.user_id == user_id))

    async def erased_external_id(self, user_id: uuid.UUID) -> str | None:
        """The provider's id of an erased account still to be deleted there (row-locked), or None."""
        query = select(UserRow.erased_external_id).where(UserRow.id == user_id).with_for_update()
        return (await self._session.execute(query)).scalar_one_or_none()

    async def forget_erased_external_id(self, user_id: uuid.UUID) -> None:
        statement = update(UserRow).where(UserRow.id == user_id).values(erased_external_id=None)
        await self._session.execute(statement)

    async def set_roles(self, user_id: uuid.UUID, roles: Iterable[Role]) -> None:
        await self._session.execute(delete(UserRoleRow).where(UserRoleRow.user_id == user_id))
        rows = [{"user_id": user_id, "role": role.value} for role in sorted(roles)]
        if rows:
            await self._session.execute(insert(UserRoleRow), rows)

    async def save_profile(self, user_id: uuid.UUID, profile: Profile) -> None:
        await self._session.merge(profile_row(user_id, profile))
        await self._session.flush()

    async def search(self, criteria: UserSearch) -> UserPage:
        conditions = _search_conditions(criteria)
        total_query = select(func.count()).select_from(UserRow).where(*conditions)
        total = (await self._session.execute(total_query)).scalar_one()
        page_query = select(UserRow).where(*conditions).order_by(UserRow.id)
        if criteria.after is not None:
            page_query = page_query.where(UserRow.id > criteria.after)
        rows = list((await self._session.execute(page_query.limit(criteria.limit + 1))).scalars())
        has_more = len(rows) > criteria.limit
        rows = rows[: criteria.limit]
        cursor = str(rows[-1].id) if has_more and rows else None
        return UserPage(items=await self._accounts(rows), total=total, next_cursor=cursor)

    async def lock_with_active_super_admins(self, user_id: uuid.UUID) -> list[uuid.UUID]:
        """Row-lock the user and every active super admin, all in id order (the order every other
        use case locks in, so none can deadlock with this), and return who is an active super admin
        once the locks are held: whoever holds them may decide whether one of them can go."""
        has_role = select(UserRoleRow.user_id).where(UserRoleRow.role == Role.SUPER_ADMIN.value)
        is_super_admin = UserRow.id.in_(has_role) & UserRow.is_active.is_(True)
        lock = (
            select(UserRow.id)
            .where(or_(UserRow.id == user_id, is_super_admin))
            .order_by(UserRow.id)
            .with_for_update(of=UserRow)
        )
        await self._session.execute(lock)
        # A new statement, so a new snapshot: a role revoked while we waited for a lock is seen
        # (revoking changes user_roles only, which the lock above does not re-check).
        return list((await self._session.execute(select(UserRow.id).where(is_super_admin))).scalars())

    async def roles_of(self, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, frozenset[Role]]:
        query = select(UserRoleRow).where(UserRoleRow.user_id.in_(user_ids))
        found: dict[uuid.UUID, set[Role]] = defaultdict(set)
        for row in (await self._session.execute(query)).scalars():
            found[row.user_id].add(Role(row.role))
        return {user_id: frozenset(found[user_id]) for user_id in user_ids}

    async def profiles_of(self, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, Profile]:
        query = select(ProfileRow).where(ProfileRow.user_id.in_(user_ids))
        rows = {row.user_id: row for row in (await self._session.execute(query)).scalars()}
        return {user_id: profile_from_row(rows.get(user_id)) for user_id in user_ids}

    async def _accounts(self, rows: list[UserRow]) -> list[UserAccount]:
        ids = [row.id for row in rows]
        roles = await self.roles_of(ids)
        profiles = await self.profiles_of(ids)
        return [
            UserAccount(
                id=row.id,
                email=row.email,
                name=row.name,
                phone=row.phone,
                roles=roles[row.id],
                is_active=row.is_active,
                created_at=row.created_at,
                profile=profiles[row.id],
                erased_at=row.erased_at,
            )
            for row in rows
        ]

    async def _update(self, user_id: uuid.UUID, **values: object) -> None:
        statement = update(UserRow).where(UserRow.id == user_id).values(**values, updated_at=func.now())
        await self._session.execute(statement)


def erased_email(user_id: uuid.UUID) -> str:
    """The placeholder address of an erased account: unique, and in a domain that cannot exist."""
    return f"erased-{user_id}@erased.invalid"


def _search_conditions(criteria: UserSearch) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if criteria.text and "\x00" in criteria.text:
        # PostgreSQL text cannot hold NUL, so no column matches; sent as a parameter it is a 500.
        conditions.append(false())
    elif criteria.text:
        pattern = "%" + criteria.text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"
        conditions.append(
            or_(UserRow.email.ilike(pattern), UserRow.name.ilike(pattern), UserRow.phone.ilike(pattern))
        )
    if criteria.role is not None:
        has_role = select(UserRoleRow.user_id).where(UserRoleRow.role == criteria.role.value)
        conditions.append(UserRow.id.in_(has_role))
    if not criteria.include_inactive:
        conditions.append(UserRow.is_active.is_(True))
    return conditions
