"""Where the account screens are; sign-in is at the shell's `routes.SIGN_IN`, where visitors land."""

REGISTER = "/register"
PROFILE = "/profile"
FORGOT_PASSWORD = "/forgot-password"  # noqa: S105 (a path)
PHONE_SIGN_IN = "/sign-in/phone"
