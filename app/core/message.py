"""Messages for the user that core and storage raise, kept translatable without Qt.

Core and storage never import Qt, yet their errors reach the window (a plan value out of
range, a file that cannot be imported). So they raise a :class:`MessageError` carrying an
English *template* with ``{named}`` fields and the values for those fields; ``str(error)``
is the English line (the command line prints it), and the window translates the template
through Qt and fills in the values (``app/ui/error_text.py``).

Each template is written inside ``QT_TRANSLATE_NOOP("errors", "...")``: a plain identity
function here, which ``pyside6-lupdate`` recognises by its name and so extracts the template
into the ``.ts`` files. A value may itself be a :class:`Message` (a field's name, or the
reason from a lower layer), which is translated in its turn.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

ERRORS = "errors"
"""The translation context of every error template."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    """A template (English, ``{named}`` fields) and the values to fill it with."""

    template: str
    args: Mapping[str, object] = field(default_factory=dict)
    context: str = ERRORS

    def __str__(self) -> str:
        if not self.args:
            return self.template  # a plain line: its braces are text, not fields
        return self.template.format_map({name: english(value) for name, value in self.args.items()})


def english(value: object) -> str:
    """A field's value in the English line: numbers as the window's English shows them
    (``1,234``; ``120.0`` as ``120``), anything else as its ``str``."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{int(value):,}" if value.is_integer() else f"{value:g}"
    return str(value)


class MessageError(Exception):
    """An error whose one-line message can be shown in the user's language.

    ``MessageError(QT_TRANSLATE_NOOP("errors", "{name} is missing"), name="hold")``; a plain
    string is taken as a template without fields.
    """

    def __init__(self, template: str | Message, **args: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, args)
        super().__init__(str(self.message))


WITHIN = QT_TRANSLATE_NOOP("errors", "{where}: {reason}")
"""A message about a part of something, naming the part first."""


def within(where: object, reason: Message) -> Message:
    """``sets[1]: hold must be 1 to 120 seconds``, ``run.fit: is empty``."""
    return Message(WITHIN, {"where": where, "reason": reason})


def message_of(error: BaseException) -> Message:
    """An error's message: its template and values, or else its text as it is."""
    return error.message if isinstance(error, MessageError) else Message(str(error))


def listed(items: Sequence[object], separator: str = ", ") -> Message:
    """``a, b, c``: each item translated in its turn, the separators as they are (this
    template is never looked up, so it needs no translation)."""
    values = {f"item{index}": item for index, item in enumerate(items)}
    return Message(separator.join(f"{{{name}}}" for name in values), values)
