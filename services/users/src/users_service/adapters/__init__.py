"""Adapters: the database models and repositories, password hashing, signing keys, Auth0."""
