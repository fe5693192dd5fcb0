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

from collections.abc import Mapping
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
        return self.template.format_map({name: str(value) for name, value in self.args.items()})


class MessageError(Exception):
    """An error whose one-line message can be shown in the user's language.

    ``MessageError(QT_TRANSLATE_NOOP("errors", "{name} is missing"), name="hold")``; a plain
    string is taken as a template without fields.
    """

    def __init__(self, template: str | Message, **args: object) -> None:
        self.message = template if isinstance(template, Message) else Message(template, args)
        super().__init__(str(self.message))
