"""The account feature's GraphQL documents: register, sign in, profile, states, own erasure."""

from eventxperts_app.api.operations import TOKEN_FIELDS, USER_FIELDS, USERS_ERROR_FIELDS

SUBGRAPH = "users"

REGISTER = (
    "mutation Register($input: RegisterInput!) {"
    f" register(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {USERS_ERROR_FIELDS} }} }}"
    + USER_FIELDS
)

LOGIN = (
    "mutation Login($input: LoginInput!) {"
    f" login(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {USERS_ERROR_FIELDS} }} }}"
    + USER_FIELDS
)

ERASE_MY_ACCOUNT = (
    "mutation EraseMyAccount($password: String!) {"
    f" eraseMyAccount(password: $password) {{ ok {USERS_ERROR_FIELDS} }} }}"
)

ME = "query Me { me { ...UserFields } }" + USER_FIELDS

STATES = "query States { states { code name nameTe } }"

UPDATE_PROFILE = (
    "mutation UpdateProfile($input: ProfileInput!) {"
    f" updateProfile(input: $input) {{ user {{ ...UserFields }} {USERS_ERROR_FIELDS} }} }}" + USER_FIELDS
)

REQUEST_PASSWORD_RESET = (
    "mutation RequestPasswordReset($email: String!) {"
    f" requestPasswordReset(email: $email) {{ ok {USERS_ERROR_FIELDS} }} }}"
)

RESET_PASSWORD = (
    "mutation ResetPassword($input: ResetPasswordInput!) {"
    f" resetPassword(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {USERS_ERROR_FIELDS} }} }}"
    + USER_FIELDS
)

REQUEST_PHONE_CODE = (
    "mutation RequestPhoneCode($phone: String!, $language: Language) {"
    f" requestPhoneCode(phone: $phone, language: $language) {{ ok {USERS_ERROR_FIELDS} }} }}"
)

SIGN_IN_WITH_PHONE = (
    "mutation SignInWithPhone($input: PhoneSignInInput!) {"
    f" signInWithPhone(input: $input) {{ user {{ ...UserFields }} {TOKEN_FIELDS} {USERS_ERROR_FIELDS} }} }}"
    + USER_FIELDS
)
