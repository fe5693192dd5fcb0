"""The error raised for any invalid plan value."""


class PlanError(ValueError):
    """A plan value is out of range; the message is one line, fit to show a user."""
