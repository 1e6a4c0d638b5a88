"""Errors the core raises for input it refuses; their text is shown to the user as it is."""


class ValidationError(ValueError):
    """A value or an edit the workspace cannot accept; the message says what and where."""
