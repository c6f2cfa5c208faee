"""The GraphQL documents of used listings and their threads (services/marketplace/schema.graphql);
each is checked against the committed SDL by app/tests/test_operations.py."""

from eventxperts_app.features.marketplace.operations import MARKET_ERRORS

SUBGRAPH = "marketplace"

LISTING_FIELDS = """
fragment UsedListingFields on ShopUsedListing {
  id categoryId title description condition pricePaise districtId status statusReason createdAt mine
  contactPhone photos { id url thumbnailUrl }
}
"""
THREAD_FIELDS = """
fragment ListingThreadFields on ShopListingThread {
  id listingId listingTitle iAmSeller sellerReplied sellerPhone lastMessageAt
  messages { id fromMe body sentAt }
}
"""
LISTING_PAYLOAD = f"listing {{ ...UsedListingFields }} {MARKET_ERRORS}"
THREAD_PAYLOAD = f"thread {{ ...ListingThreadFields }} {MARKET_ERRORS}"

USED_LISTINGS = (
    "query UsedListings($input: ShopUsedListingSearchInput, $first: Int!, $after: String) {"
    " usedListings(input: $input, first: $first, after: $after) {"
    " nextCursor listings { ...UsedListingFields } } }" + LISTING_FIELDS
)
USED_LISTING = (
    "query UsedListing($id: ID!) { usedListing(id: $id) { ...UsedListingFields } }" + LISTING_FIELDS
)
MY_USED_LISTINGS = "query MyUsedListings { myUsedListings { ...UsedListingFields } }" + LISTING_FIELDS
LISTINGS_TO_MODERATE = (
    "query UsedListingsToModerate($first: Int!) { usedListingsToModerate(status: PENDING, first: $first) {"
    " nextCursor listings { ...UsedListingFields } } }" + LISTING_FIELDS
)
MY_THREADS = "query MyListingThreads { myListingThreads { ...ListingThreadFields } }" + THREAD_FIELDS
THREAD = "query ListingThread($id: ID!) { listingThread(id: $id) { ...ListingThreadFields } }" + THREAD_FIELDS

CREATE_LISTING = (
    "mutation CreateUsedListing($input: ShopUsedListingInput!) {"
    f" createUsedListing(input: $input) {{ {LISTING_PAYLOAD} }} }}" + LISTING_FIELDS
)
UPDATE_LISTING = (
    "mutation UpdateUsedListing($listingId: ID!, $input: ShopUsedListingInput!) {"
    f" updateUsedListing(listingId: $listingId, input: $input) {{ {LISTING_PAYLOAD} }} }}" + LISTING_FIELDS
)
MARK_SOLD = (
    "mutation MarkUsedListingSold($listingId: ID!) {"
    f" markUsedListingSold(listingId: $listingId) {{ {LISTING_PAYLOAD} }} }}" + LISTING_FIELDS
)
WITHDRAW = (
    "mutation WithdrawUsedListing($listingId: ID!) {"
    f" withdrawUsedListing(listingId: $listingId) {{ {LISTING_PAYLOAD} }} }}" + LISTING_FIELDS
)
MODERATE_LISTING = (
    "mutation ModerateUsedListing($listingId: ID!, $approve: Boolean!, $reason: String) {"
    " moderateUsedListing(listingId: $listingId, approve: $approve, reason: $reason) {"
    f" {LISTING_PAYLOAD} }} }}" + LISTING_FIELDS
)
PHOTO_UPLOAD = (
    "mutation RequestUsedListingPhotoUpload($listingId: ID!, $contentType: String) {"
    " requestUsedListingPhotoUpload(listingId: $listingId, contentType: $contentType) {"
    f" upload {{ uploadUrl }} {MARKET_ERRORS} }} }}"
)
MESSAGE_SELLER = (
    "mutation MessageUsedListingSeller($listingId: ID!, $body: String!) {"
    f" messageUsedListingSeller(listingId: $listingId, body: $body) {{ {THREAD_PAYLOAD} }} }}" + THREAD_FIELDS
)
REPLY = (
    "mutation ReplyInListingThread($threadId: ID!, $body: String!) {"
    f" replyInListingThread(threadId: $threadId, body: $body) {{ {THREAD_PAYLOAD} }} }}" + THREAD_FIELDS
)
