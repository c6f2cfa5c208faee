"""The users unit of work: servicekit's transaction + outbox, with this service's repositories."""

from __future__ import annotations

from servicekit.uow import SqlAlchemyUnitOfWork

from users_service.adapters.login_failures_repository import LoginFailuresRepository
from users_service.adapters.password_resets_repository import PasswordResetsRepository
from users_service.adapters.phone_codes_repository import PhoneCodesRepository
from users_service.adapters.sessions_repository import RefreshTokensRepository
from users_service.adapters.users_repository import UsersRepository


class UsersUnitOfWork(SqlAlchemyUnitOfWork):
    users: UsersRepository
    refresh_tokens: RefreshTokensRepository
    login_failures: LoginFailuresRepository
    password_resets: PasswordResetsRepository
    phone_codes: PhoneCodesRepository

    async def __aenter__(self) -> UsersUnitOfWork:
        await super().__aenter__()
        self.users = UsersRepository(self.session)
        self.refresh_tokens = RefreshTokensRepository(self.session)
        self.login_failures = LoginFailuresRepository(self.session)
        self.password_resets = PasswordResetsRepository(self.session)
        self.phone_codes = PhoneCodesRepository(self.session)
        return self
