"""The explore section's GraphQL documents (docs/api/discovery.graphql); each is checked against the
committed SDL by app/tests/test_operations.py."""

from eventxperts_app.api.operations import ERROR_FIELDS

SUBGRAPH = "discovery"

DISTRICT = "{ id name nameTe stateCode }"

LISTING_FIELDS = f"""
fragment ListingFields on OrganizerListing {{
  organizerId displayName displayNameTe about languages contactWays contactPhone contactEmail
  published rating ratingCount
  services {{ service name nameTe minPaise maxPaise }}
  districts {DISTRICT}
}}
"""

REVIEW_FIELDS = "{ id rating body reply repliedAt status createdAt }"

ENQUIRY_FIELDS = f"""
fragment EnquiryFields on DirectoryEnquiry {{
  id organizerId userId kind preferredDates district {DISTRICT} guestCount budgetMinPaise budgetMaxPaise
  message contactName contactPhone status bookingId statusChangedAt createdAt blockedByMe
  messages {{ id fromOrganizer body createdAt }}
}}
"""

SERVICE_KINDS = "query DirectoryServiceKinds { directoryServiceKinds { slug name nameTe } }"

SEARCH_ORGANIZERS = (
    "query SearchOrganizers($service: String, $district: String, $freeOn: Date, $text: String,"
    " $sort: DirectoryListingSort!, $first: Int!, $offset: Int!) {"
    " searchOrganizers(service: $service, district: $district, freeOn: $freeOn, text: $text,"
    " sort: $sort, first: $first, offset: $offset) { items { ...ListingFields } totalCount hasMore } }"
    + LISTING_FIELDS
)

ORGANIZER_LISTING = (
    "query OrganizerListing($organizerId: ID!) { organizerListing(organizerId: $organizerId) {"
    f" ...ListingFields reviews(first: 10) {REVIEW_FIELDS} }} }}" + LISTING_FIELDS
)

MY_ORGANIZER_LISTING = "query MyOrganizerListing { myOrganizerListing { ...ListingFields } }" + LISTING_FIELDS

SAVE_ORGANIZER_LISTING = (
    "mutation SaveOrganizerListing($input: OrganizerListingInput!) {"
    f" saveOrganizerListing(input: $input) {{ listing {{ ...ListingFields }} {ERROR_FIELDS} }} }}"
    + LISTING_FIELDS
)

SEND_ENQUIRY = (
    "mutation SendEnquiry($input: SendEnquiryInput!) {"
    f" sendEnquiry(input: $input) {{ enquiries {{ ...EnquiryFields }} {ERROR_FIELDS} }} }}" + ENQUIRY_FIELDS
)

MY_ENQUIRIES = (
    "query MyEnquiries($first: Int!, $offset: Int!) { myEnquiries(first: $first, offset: $offset) {"
    " items { ...EnquiryFields } totalCount hasMore } }" + ENQUIRY_FIELDS
)

POST_ENQUIRY_MESSAGE = (
    "mutation PostEnquiryMessage($enquiryId: ID!, $body: String!) {"
    " postEnquiryMessage(enquiryId: $enquiryId, body: $body) {"
    f" message {{ id fromOrganizer body createdAt }} {ERROR_FIELDS} }} }}"
)

PUBLIC_EVENT_FIELDS = f"""
fragment PublicEventFields on PublicEventListing {{
  id title kind startsAt endsAt venue district {DISTRICT} mapLink description entry entryLink
  interestedCount whatsappLink icsUrl subscribeUrl shareUrl
  panchangam {{ day place vara {{ en te }} tithi {{ en te }} nakshatra {{ en te }} festivals {{ en te }} }}
}}
"""

PUBLIC_EVENTS = (
    "query PublicEvents($start: Date!, $end: Date!, $district: String, $first: Int!, $offset: Int!) {"
    " publicEvents(start: $start, end: $end, district: $district, first: $first, offset: $offset) {"
    " ...PublicEventFields } }" + PUBLIC_EVENT_FIELDS
)

ORGANIZER_ENQUIRIES = (
    "query OrganizerEnquiries($first: Int!, $offset: Int!) {"
    " organizerEnquiries(first: $first, offset: $offset) { items { ...EnquiryFields } totalCount hasMore } }"
    + ENQUIRY_FIELDS
)

WITHDRAW_ENQUIRY = (
    "mutation WithdrawEnquiry($id: ID!) {"
    f" withdrawEnquiry(id: $id) {{ enquiry {{ ...EnquiryFields }} {ERROR_FIELDS} }} }}" + ENQUIRY_FIELDS
)

WRITE_REVIEW = (
    "mutation WriteReview($enquiryId: ID!, $rating: Int!, $body: String) {"
    " writeReview(enquiryId: $enquiryId, rating: $rating, body: $body) {"
    f" review {REVIEW_FIELDS} {ERROR_FIELDS} }} }}"
)

PUBLIC_EVENT = (
    "query PublicEvent($id: ID!) { publicEvent(id: $id) { ...PublicEventFields } }" + PUBLIC_EVENT_FIELDS
)

MARK_INTERESTED = (
    "mutation MarkEventInterested($eventId: ID!) { markEventInterested(eventId: $eventId) {"
    f" interestedCount {ERROR_FIELDS} }} }}"
)

# Blocks, both ways: the organizer blocks the sender of an enquiry, the sender blocks its organizer.
BLOCK_ENQUIRER = (
    f"mutation BlockEnquirer($userId: ID!) {{ blockEnquirer(userId: $userId) {{ done {ERROR_FIELDS} }} }}"
)
UNBLOCK_ENQUIRER = (
    f"mutation UnblockEnquirer($userId: ID!) {{ unblockEnquirer(userId: $userId) {{ done {ERROR_FIELDS} }} }}"
)
BLOCK_ORGANIZER = (
    "mutation BlockOrganizer($organizerId: ID!) {"
    f" blockOrganizer(organizerId: $organizerId) {{ done {ERROR_FIELDS} }} }}"
)
UNBLOCK_ORGANIZER = (
    "mutation UnblockOrganizer($organizerId: ID!) {"
    f" unblockOrganizer(organizerId: $organizerId) {{ done {ERROR_FIELDS} }} }}"
)
