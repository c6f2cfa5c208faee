"""Where the explore section's screens are."""

from eventxperts_app.ui.routes import location

EXPLORE = "/explore"  # find organizers; an organizer's page; the enquiry form
MY_ENQUIRIES = "/enquiries"  # what a family sent, with the organizers' answers
LEADS = "/leads"  # what an organizer received
EVENTS = "/events"  # public events
DIRECTORY_PROFILE = "/directory-profile"  # an organizer's public profile in the directory
ORGANIZER_ARGUMENT = "organizer"  # /explore?organizer=<id> opens that organizer's page
EVENT_ARGUMENT = "event"  # /events?event=<id> opens that event


def organizer_location(organizer_id: str) -> str:
    return location(EXPLORE, {ORGANIZER_ARGUMENT: organizer_id})
