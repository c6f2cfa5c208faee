"""Marks services/users as a package root for pytest, so its tests import as `users.tests`
(a bare `tests` package would collide with other components' test packages)."""
