"""The gallery service: event albums, photo uploads and storage, sharing and downloads (issue 12)."""
