"""One package per section of the app: its screens, its gateway calls and its `Section` declaration."""
