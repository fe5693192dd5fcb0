"""The error raised for any invalid plan value."""

from app.core.message import MessageError


class PlanError(MessageError, ValueError):
    """A plan value is out of range; the message is one line, fit to show a user."""
