"""The discovery service: the public organizer directory, its availability read model, enquiries,
reviews and public event listings."""
