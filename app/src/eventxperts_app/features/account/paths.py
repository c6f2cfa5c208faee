"""Where the account screens are; sign-in is at the shell's `routes.SIGN_IN`, where visitors land."""

REGISTER = "/register"
PROFILE = "/profile"
