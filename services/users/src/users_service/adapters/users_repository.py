"""Reading and writing accounts: users with their roles and profiles."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, case, delete, false, func, insert, or_, select, update
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
                phone_verified_at=account.phone_verified_at,
            )
        )
        try:
            await self._session.flush()
        except IntegrityError as error:
            if "uq_users_email" in str(error.orig):
                raise UsersError(
                    UsersErrorCode.EMAIL_TAKEN, "An account with this email exists.", "email"
                ) from None
            if "uq_users_verified_phone" in str(error.orig):
                raise UsersError(
                    UsersErrorCode.PHONE_CODE_INVALID, "The code is wrong. Ask for a new one.", "code"
                ) from None
            raise
        await self.set_roles(account.id, account.roles)
        await self.save_profile(account.id, account.profile)

    async def get(self, user_id: uuid.UUID, *, for_update: bool = False) -> UserAccount | None:
        """The account; `for_update` row-locks it first and then reads it in a new statement: under
        READ COMMITTED one statement that waited for the lock would still see the roles and profile
        as they were before the lock holder changed them."""
        if for_update:
            await self._session.execute(select(UserRow.id).where(UserRow.id == user_id).with_for_update())
        accounts = await self._accounts(UserRow.id == user_id, refresh=for_update)
        return accounts[0] if accounts else None

    async def get_many(self, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, UserAccount]:
        return {account.id: account for account in await self._accounts(UserRow.id.in_(user_ids))}

    async def get_by_email(self, email: str) -> UserAccount | None:
        accounts = await self._accounts(UserRow.email == email)
        return accounts[0] if accounts else None

    async def get_by_verified_phone(self, phone: str, *, for_update: bool = False) -> UserAccount | None:
        """The account whose phone (E.164) was proven by a code; `for_update` row-locks it as `get` does."""
        query = select(UserRow.id).where(UserRow.phone == phone, UserRow.phone_verified_at.is_not(None))
        user_id = (await self._session.execute(query)).scalar_one_or_none()
        return None if user_id is None else await self.get(user_id, for_update=for_update)

    async def get_by_external_id(self, external_id: str) -> UserAccount | None:
        accounts = await self._accounts(UserRow.external_id == external_id)
        return accounts[0] if accounts else None

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
        """A new phone is not proven: it stops signing in until a code sent to it is typed back."""
        proven = case((UserRow.phone == phone, UserRow.phone_verified_at), else_=None)
        await self._update(user_id, name=name, phone=phone, phone_verified_at=proven)

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
            phone_verified_at=None,
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
        if criteria.after is not None:
            conditions.append(UserRow.id > criteria.after)
        accounts = await self._accounts(*conditions, limit=criteria.limit + 1)
        has_more = len(accounts) > criteria.limit
        accounts = accounts[: criteria.limit]
        cursor = str(accounts[-1].id) if has_more and accounts else None
        return UserPage(items=accounts, total=total, next_cursor=cursor)

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

    async def _accounts(
        self, *conditions: ColumnElement[bool], limit: int | None = None, refresh: bool = False
    ) -> list[UserAccount]:
        """Accounts with their roles and profile, in id order, read in one statement."""
        query = _ACCOUNTS.where(*conditions).order_by(UserRow.id).limit(limit)
        if refresh:  # a row loaded earlier in this session takes the values just read
            query = query.execution_options(populate_existing=True)
        result = await self._session.execute(query)
        return [_account(user, profile, roles) for user, profile, roles in result]

    async def _update(self, user_id: uuid.UUID, **values: object) -> None:
        statement = update(UserRow).where(UserRow.id == user_id).values(**values, updated_at=func.now())
        await self._session.execute(statement)


# Each user row with its profile row (if any) and its role names (NULL when it has none).
_ROLE_NAMES = (
    select(func.array_agg(UserRoleRow.role))
    .where(UserRoleRow.user_id == UserRow.id)
    .correlate(UserRow)
    .scalar_subquery()
)
_ACCOUNTS = select(UserRow, ProfileRow, _ROLE_NAMES).outerjoin(ProfileRow, ProfileRow.user_id == UserRow.id)


def _account(user: UserRow, profile: ProfileRow | None, role_names: list[str] | None) -> UserAccount:
    return UserAccount(
        id=user.id,
        email=user.email,
        name=user.name,
        phone=user.phone,
        roles=frozenset(Role(name) for name in role_names or ()),
        is_active=user.is_active,
        created_at=user.created_at,
        profile=profile_from_row(profile),
        erased_at=user.erased_at,
        phone_verified_at=user.phone_verified_at,
    )


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
