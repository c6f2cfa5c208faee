"""The super admin's users panel: paging, filters and changes to one account."""
