"""The gallery's face indexing: a consumer of `gallery.photo.uploaded` that records what to index,
and a worker that feeds a bounded pool of processes from that record."""
