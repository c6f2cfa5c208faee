"""The app's folder as a package, so its tests import as `app.tests` (a bare `tests` package would
collide with other components' test packages)."""
