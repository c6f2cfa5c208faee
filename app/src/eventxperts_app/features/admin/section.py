"""The admin section: super admins find the users panel on their home screen."""

from eventxperts_app.api.models import Role
from eventxperts_app.features.admin.users_panel import AdminUsersPanel
from eventxperts_app.ui.section import HomePanelEntry, Section

SECTION = Section(
    name="admin",
    home_panels=(HomePanelEntry(frozenset({Role.SUPER_ADMIN}), AdminUsersPanel),),
)
