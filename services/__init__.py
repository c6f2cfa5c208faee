"""Each services/<name>/ is a package below this one, so pytest (importlib mode) names a service's tests
`services.<name>.tests`: a bare `tests.conftest` would collide between services, and `calendar.tests` would
shadow the standard library's calendar. tests/services checks every registered service has its marker."""
