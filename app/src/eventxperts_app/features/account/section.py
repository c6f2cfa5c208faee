"""The account section: sign-in and registration for visitors, the profile for the signed-in, and
on an organizer's home screen what their business profile still lacks."""

import flet as ft

from eventxperts_app.api.models import Role
from eventxperts_app.features.account.forgot_password_screen import ForgotPasswordScreen
from eventxperts_app.features.account.login_screen import LoginScreen
from eventxperts_app.features.account.paths import FORGOT_PASSWORD, PHONE_SIGN_IN, PROFILE, REGISTER
from eventxperts_app.features.account.phone_sign_in_screen import PhoneSignInScreen
from eventxperts_app.features.account.profile_completeness import ProfileCompletenessPanel
from eventxperts_app.features.account.profile_screen import ProfileScreen
from eventxperts_app.features.account.register_screen import RegisterScreen
from eventxperts_app.i18n import N_
from eventxperts_app.ui.routes import SIGN_IN
from eventxperts_app.ui.section import Access, HomeCard, HomePanelEntry, NavEntry, Route, Section

SECTION = Section(
    name="account",
    routes=(
        Route(SIGN_IN, LoginScreen, N_("Sign in"), Access.VISITORS),
        Route(REGISTER, RegisterScreen, N_("Create your account"), Access.VISITORS),
        Route(PHONE_SIGN_IN, PhoneSignInScreen, N_("Sign in with phone"), Access.VISITORS),
        Route(FORGOT_PASSWORD, ForgotPasswordScreen, N_("Reset your password"), Access.VISITORS),
        Route(PROFILE, ProfileScreen, N_("Business profile")),
    ),
    nav=(NavEntry(N_("Profile"), ft.Icons.PERSON, PROFILE),),
    home_cards=(
        HomeCard(
            frozenset(Role),
            N_("Your profile"),
            N_("Your details, business profile and preferred language."),
            ft.Icons.PERSON,
            PROFILE,
        ),
    ),
    home_panels=(HomePanelEntry(frozenset({Role.ORGANIZER}), ProfileCompletenessPanel),),
)
