# Fixtures every Python test may use: real PostgreSQL per session (servicekit.testing).
pytest_plugins = ["servicekit.testing"]
