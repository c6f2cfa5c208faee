"""The texts of the discovery service's error codes (DirectoryErrorCode, docs/api/discovery.graphql).
Codes another section already words (INVALID_TEXT, INVALID_GUEST_COUNT, INVALID_PAGE_SIZE and
END_BEFORE_START in the calendar's, INVALID_INPUT in billing's) and the shared ones of
ui/error_texts.py (FORBIDDEN, INVALID_PHONE, TOO_BUSY, ...) keep those texts: one code, one wording."""

from __future__ import annotations

from types import MappingProxyType

from eventxperts_app.i18n import N_

EXPLORE_ERROR_TEXTS = MappingProxyType(
    {
        "TEXT_TOO_LONG": N_("This text is too long"),
        "UNKNOWN_DISTRICT": N_("Choose a district of Andhra Pradesh or Telangana"),
        "UNKNOWN_SERVICE": N_("Choose a service from the list"),
        "UNKNOWN_LANGUAGE": N_("Choose a language from the list"),
        "UNKNOWN_EVENT_KIND": N_("Choose a kind of event from the list"),
        "INVALID_PRICE_RANGE": N_("Give a price range from a lower to a higher amount, neither below zero"),
        "DATE_IN_PAST": N_("Choose a date from today on"),
        "DATE_TOO_FAR": N_("Choose a date within the next five years"),
        "INVALID_DATES": N_("Check the dates: one to five days, the last not before the first"),
        "INVALID_LINK": N_("Enter a full link starting with https://"),
        "INVALID_RATING": N_("Give one to five stars"),
        "NO_ORGANIZERS": N_("Choose at least one organizer"),
        "TOO_MANY_ORGANIZERS": N_("Choose at most five organizers at a time"),
        "ORGANIZER_UNAVAILABLE": N_("This organizer is not taking enquiries"),
        "BLOCKED": N_("They blocked you: your enquiries and messages do not reach them"),
        "ORGANIZER_BLOCKED": N_("You blocked this organizer. Unblock them in My enquiries to send one."),
        "DAILY_LIMIT_REACHED": N_("You have sent as many enquiries as allowed today. Try again tomorrow."),
        "HOURLY_LIMIT_REACHED": N_("You have sent as many enquiries as allowed in an hour. Try again later."),
        "REQUEST_KEY_REUSED": N_("This enquiry was already sent to other organizers. Open the form again."),
        "INVALID_REQUEST_KEY": N_("This enquiry could not be sent. Open the form again."),
        "ENQUIRY_CLOSED": N_("This enquiry is closed"),
        "NOT_REVIEWABLE": N_("You can review an organizer once your booking with them is completed"),
        "ALREADY_REVIEWED": N_("You have already reviewed this booking"),
    }
)
