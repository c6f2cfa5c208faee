"""The texts of the error codes any screen may meet, by code.

The app's own codes (a required box left empty, a gateway that cannot be reached or answers off the
contract), the gateway's, and the users service's: every screen runs in a session the users service
keeps, so its codes are shared. A section whose service answers codes of its own declares their texts
in its `Section` (error_texts); tests check that every code of every committed SDL has a text.
"""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.api.gateway_errors import (
    FORBIDDEN,
    GATEWAY_UNAVAILABLE,
    GRAPHQL_ERROR,
    NOT_AUTHENTICATED,
    NOT_FOUND,
    UNEXPECTED_RESPONSE,
)
from eventxperts_app.i18n import N_
from eventxperts_app.ui.required_fields import REQUIRED

SHARED_ERROR_TEXTS = MappingProxyType(
    {
        REQUIRED: N_("Required"),
        GATEWAY_UNAVAILABLE: N_("Cannot reach the EventXperts server. Check the connection and try again."),
        UNEXPECTED_RESPONSE: N_("The server sent an answer the app does not understand"),
        GRAPHQL_ERROR: N_("The server could not handle the request"),
        NOT_AUTHENTICATED: N_("Please sign in"),
        FORBIDDEN: N_("You are not allowed to do this"),
        NOT_FOUND: N_("Not found"),
        # UsersErrorCode (services/users/schema.graphql)
        "INVALID_EMAIL": N_("Enter a valid email address"),
        "INVALID_PHONE": N_("Enter a valid Indian mobile number, e.g. 98765 43210"),
        "INVALID_NAME": N_("Enter your name"),
        "WEAK_PASSWORD": N_("Password is too weak"),
        "INVALID_ROLE": N_("Choose user, event organizer or store owner"),
        "EMAIL_TAKEN": N_("An account with this email already exists"),
        "INVALID_CREDENTIALS": N_("Email or password is wrong"),
        "ACCOUNT_LOCKED": N_("Too many failed attempts. Try again later."),
        "ACCOUNT_DEACTIVATED": N_("This account has been deactivated"),
        "ACCOUNT_ERASED": N_("This account has been erased"),
        "LAST_SUPER_ADMIN": N_("This is the last super admin. Make someone else a super admin first."),
        "INVALID_GSTIN": N_("This GSTIN is not valid"),
        "INVALID_PIN_CODE": N_("Enter a valid 6-digit PIN code"),
        "INVALID_STATE": N_("Choose a state"),
        "INVALID_LOCATION": N_("Choose a town of Andhra Pradesh or Telangana, or give coordinates"),
        "INVALID_LANGUAGE": N_("Choose Telugu or English"),
        "WRONG_PASSWORD": N_("Current password is wrong"),
        "INVALID_REFRESH_TOKEN": N_("Your session has ended. Please sign in again."),
        "REFRESH_TOKEN_REUSED": N_("Your session was ended for safety. Please sign in again."),
        "RESET_CODE_INVALID": N_("The code is wrong. Check the email we sent and try again."),
        "RESET_CODE_EXPIRED": N_("The code has expired. Ask for a new one."),
        "RESET_CODE_USED_UP": N_("Too many wrong codes. Ask for a new one."),
        "RESET_REQUESTS_LIMITED": N_("Too many codes asked for. Try again later."),
        "PHONE_CODE_INVALID": N_("The code is wrong. Check the SMS we sent and try again."),
        "PHONE_CODE_EXPIRED": N_("The code has expired. Ask for a new one."),
        "PHONE_CODE_USED_UP": N_("Too many wrong codes. Ask for a new one."),
        "PHONE_CODE_REQUESTS_LIMITED": N_("Too many codes asked for. Try again later."),
        "NAME_REQUIRED": N_("Enter your name to create your account"),
        "NOT_SUPPORTED_IN_AUTH0_MODE": N_(
            "Choose a new password with the link the sign-in provider emailed you."
        ),
        "TOO_BUSY": N_("The server is busy. Try again in a moment."),
        "ONE_EXPENSIVE_OPERATION_PER_REQUEST": N_("One sign-in or password check at a time. Try again."),
    }
)

# UsersErrorReason (services/users/schema.graphql): the exact rule broken, said instead of the code's
# general text. The numbers are the users service's rules (domain/passwords.py).
REASON_TEXTS = MappingProxyType(
    {
        "PASSWORD_TOO_SHORT": N_("Use at least 10 characters for the password"),
        "PASSWORD_TOO_LONG": N_("Use at most 128 characters for the password"),
        "PASSWORD_NEEDS_LETTERS_AND_DIGITS": N_("Use both letters and digits in the password"),
        "PASSWORD_IS_EMAIL": N_("Do not use your email as the password"),
        "PASSWORD_PROVIDER_POLICY": N_("The sign-in service refused this password. Choose a stronger one."),
        "GSTIN_LENGTH": N_("A GSTIN has exactly 15 characters"),
        "GSTIN_FORMAT": N_(
            "A GSTIN is a 2-digit state code, the 10-character PAN, an entity number, Z and a check character"
        ),
        "GSTIN_STATE_CODE": N_(
            "A GSTIN starts with a state code, e.g. 36 for Telangana or 37 for Andhra Pradesh"
        ),
        "GSTIN_CHECK_CHARACTER": N_(
            "The last character of this GSTIN does not match the rest: check it for a typing mistake"
        ),
        "GSTIN_STATE_MISMATCH": N_("This GSTIN is registered in another state than the one chosen"),
        "LOCATION_UNKNOWN_PLACE": N_(
            "Unknown place. Give a town of Andhra Pradesh or Telangana, or coordinates: 17.385, 78.486"
        ),
        "LOCATION_INCOMPLETE_COORDINATES": N_("Give both latitude and longitude, e.g. 17.385, 78.486"),
        "LOCATION_OUTSIDE_INDIA": N_("These coordinates are outside India"),
        "LOCATION_UNKNOWN_TIMEZONE": N_("Unknown time zone"),
    }
)
