"""The gallery section's GraphQL documents (docs/api/gallery.graphql); each is checked against the
committed SDL by app/tests/test_operations.py."""

from eventxperts_app.api.operations import ERROR_FIELDS

SUBGRAPH = "gallery"

ALBUM_FIELDS = """
fragment GalleryAlbumFields on Album {
  id titleEn titleTe eventDate venue visibility shareCode shareExpiresAt faceSearchEnabled keepGps
  position photoCount
}
"""
PHOTO_FIELDS = "fragment GalleryPhotoFields on AlbumPhoto { id fileName thumbnailUrl webUrl downloadUrl }"
ALBUM_PAYLOAD = f"{{ album {{ ...GalleryAlbumFields }} {ERROR_FIELDS} }} }}" + ALBUM_FIELDS

MY_ALBUMS = (
    "query MyAlbums($limit: Int!, $offset: Int!) {"
    " myAlbums(limit: $limit, offset: $offset) { ...GalleryAlbumFields } }" + ALBUM_FIELDS
)
ALBUM_PHOTOS = (
    "query AlbumPhotos($id: ID!, $limit: Int!, $offset: Int!) { album(id: $id) {"
    " ...GalleryAlbumFields faceIndexing { indexed failed pending total faces }"
    " photos(limit: $limit, offset: $offset) { ...GalleryPhotoFields } }"
    " myStorage { photos photoLimit bytes byteLimit } }" + ALBUM_FIELDS + PHOTO_FIELDS
)
# An organizer's public albums with their first photos (the organizer's page in Explore shows them).
PUBLIC_ALBUMS = (
    "query PublicAlbums($organizerId: ID!, $limit: Int!, $photos: Int!) {"
    " publicAlbums(organizerId: $organizerId, limit: $limit) { ...GalleryAlbumFields"
    " photos(limit: $photos) { ...GalleryPhotoFields } } }" + ALBUM_FIELDS + PHOTO_FIELDS
)
SHARED_ALBUM = (
    "query SharedAlbum($code: String!, $limit: Int!) { sharedAlbum(code: $code) {"
    " ...GalleryAlbumFields photos(limit: $limit) { ...GalleryPhotoFields } } }" + ALBUM_FIELDS + PHOTO_FIELDS
)

CREATE_ALBUM = "mutation CreateAlbum($input: AlbumInput!) { createAlbum(input: $input) " + ALBUM_PAYLOAD
UPDATE_ALBUM = (
    "mutation UpdateAlbum($id: ID!, $input: AlbumInput!) { updateAlbum(id: $id, input: $input) "
    + ALBUM_PAYLOAD
)
SET_VISIBILITY = (
    "mutation SetAlbumVisibility($id: ID!, $visibility: AlbumVisibility!) {"
    " setAlbumVisibility(id: $id, visibility: $visibility) " + ALBUM_PAYLOAD
)
REVOKE_LINK = "mutation RevokeAlbumLink($id: ID!) { revokeAlbumLink(id: $id) " + ALBUM_PAYLOAD
SET_FACE_SEARCH = (
    "mutation SetAlbumFaceSearch($id: ID!, $enabled: Boolean!) {"
    " setAlbumFaceSearch(id: $id, enabled: $enabled) " + ALBUM_PAYLOAD
)
DELETE_ALBUM = f"mutation DeleteAlbum($id: ID!) {{ deleteAlbum(id: $id) {{ deletedId {ERROR_FIELDS} }} }}"
DELETE_PHOTO = f"mutation DeletePhoto($id: ID!) {{ deletePhoto(id: $id) {{ deletedId {ERROR_FIELDS} }} }}"
REQUEST_UPLOADS = (
    "mutation RequestPhotoUploads($albumId: ID!, $contentHashes: [String!]) {"
    " requestPhotoUploads(albumId: $albumId, contentHashes: $contentHashes) {"
    f" links {{ uploadUrl expiresAt alreadyStored }} {ERROR_FIELDS} }} }}"
)
REQUEST_DOWNLOAD = (
    "mutation RequestAlbumDownload($albumId: ID!, $shareCode: String, $photoIds: [ID!]) {"
    " requestAlbumDownload(albumId: $albumId, shareCode: $shareCode, photoIds: $photoIds) {"
    f" url {ERROR_FIELDS} }} }}"
)
REQUEST_SELFIE_SEARCH = (
    "mutation RequestSelfieSearch($albumId: ID!, $shareCode: String, $purpose: SelfiePurpose!) {"
    " requestSelfieSearch(albumId: $albumId, consent: true, shareCode: $shareCode, purpose: $purpose) {"
    f" link {{ uploadUrl }} {ERROR_FIELDS} }} }}"
)
