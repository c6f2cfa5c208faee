"""The shared parts of the app's screens: the shell, labels, form widgets, error placement."""
