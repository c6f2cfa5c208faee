"""The app's sections, in the order the home screen and the app bar show what they declare.

Adding a section is its package under features/ (with a `section.py` declaring `SECTION`) and one
entry here. A section whose screens have not landed yet is named in `NOT_BUILT`: its cards and app
bar entries stay hidden (a card that only says "coming soon" is a dead end on a phone). Switching one
on is deleting its line there.
"""

from eventxperts_app.features.account.section import SECTION as ACCOUNT
from eventxperts_app.features.admin.section import SECTION as ADMIN
from eventxperts_app.features.billing.section import SECTION as BILLING
from eventxperts_app.features.calendar.section import SECTION as CALENDAR
from eventxperts_app.features.explore.section import SECTION as EXPLORE
from eventxperts_app.features.gallery.section import SECTION as GALLERY
from eventxperts_app.features.marketplace.section import SECTION as MARKETPLACE
from eventxperts_app.ui.sections import Sections

NOT_BUILT: frozenset[str] = frozenset()
SECTIONS = Sections((ACCOUNT, ADMIN, CALENDAR, BILLING, GALLERY, MARKETPLACE, EXPLORE), not_built=NOT_BUILT)
