"""A run, as the log keeps it: a summary of one activity, never its GPS track.

Runs come from watch and app exports (FIT, GPX, TCX, a Strava archive) or are typed in by
hand. Whichever way a run enters, it is made here, so every entry checks the same things and
says what is wrong in one line.
"""

from __future__ import annotations

import enum
from dataclasses import KW_ONLY, InitVar, dataclass, fields
from datetime import UTC, datetime, timedelta

from app.core.message import QT_TRANSLATE_NOOP, Message, MessageError
from app.core.names import printable_name

# A run longer than this is not a run (a watch left recording); nothing real is shorter than
# a minute. Distances past 500 km are no single run either.
ELAPSED_RANGE = (60.0, 48 * 3600.0)
DISTANCE_MAX_M = 500_000.0
HEART_RATE_RANGE = (25, 250)
EFFORT_RANGE = (1, 10)
SOURCE_NAME_MAX_CHARS = 200
MANUAL_SOURCE = "added by hand"
# A run starts from 1990 (GPS watches, and FIT's own epoch of 31 Dec 1989, begin about then:
# a 1900 or a year-1 start is a clock never set) to a day past now (a runner a zone ahead).
EARLIEST_START = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_AHEAD = timedelta(days=1)


class RunError(MessageError, ValueError):
    """A run value is out of range; the message is one line, fit to show a user."""


def start_error(value: object, now: datetime) -> RunError:
    """The one line for a start outside the years a run may have: ``value`` as written."""
    return RunError(
        QT_TRANSLATE_NOOP("errors", "a run must start from {first} to {last}, got {value}"),
        first=EARLIEST_START.date().isoformat(),
        last=(now + LATEST_AHEAD).date().isoformat(),
        value=f"{value!s:.40}",
    )


def check_start(started_at: datetime, now: datetime | None = None) -> None:
    """RunError unless ``started_at`` (aware) is from :data:`EARLIEST_START` to a day past
    ``now`` (the system's clock when None). Comparing aware times never overflows, so this
    is safe on a year-1 or year-9999 start that has no UTC moment."""
    now = datetime.now(UTC) if now is None else now
    if not EARLIEST_START <= started_at <= now + LATEST_AHEAD:
        shown = started_at.isoformat(sep=" ", timespec="minutes")
        raise start_error(shown, now)


# The names of a run's values, as its messages say them.
ELAPSED_NAME = Message(QT_TRANSLATE_NOOP("errors", "elapsed time"))
MOVING_NAME = Message(QT_TRANSLATE_NOOP("errors", "moving time"))
DISTANCE_NAME = Message(QT_TRANSLATE_NOOP("errors", "distance"))
HEART_RATE_NAME = Message(QT_TRANSLATE_NOOP("errors", "average heart rate"))
EFFORT_NAME = Message(QT_TRANSLATE_NOOP("errors", "effort"))


class Sport(enum.Enum):
    """The kinds of running the log keeps; other sports are skipped when importing."""

    RUN = "run"
    TRAIL_RUN = "trail_run"
    TREADMILL = "treadmill"

    @property
    def title(self) -> str:
        return {"run": "Run", "trail_run": "Trail run", "treadmill": "Treadmill"}[self.value]


@dataclass(frozen=True)
class Run:
    """One run's summary; validated when made.

    ``started_at`` is aware, in the offset the runner had then (UTC plus that offset is what
    the log stores), from 1990 to a day past ``now``. ``source_name`` is kept printable and
    at most 200 characters (see :func:`app.core.names.printable_name`). ``source_hash`` is
    the SHA-256 of the file it came from (hex), None for a run added by hand.
    """

    started_at: datetime
    elapsed_seconds: float
    sport: Sport = Sport.RUN
    moving_seconds: float | None = None
    distance_m: float | None = None
    avg_heart_rate: int | None = None
    effort: int | None = None
    source_name: str = MANUAL_SOURCE
    source_hash: str | None = None
    _: KW_ONLY
    now: InitVar[datetime | None] = None
    """The wall clock's now, for the start's range (see :func:`check_start`); None reads the
    system's clock. Not kept: two runs are equal whenever they were checked."""

    def __post_init__(self, now: datetime | None) -> None:
        if self.started_at.tzinfo is None or self.started_at.utcoffset() is None:
            raise RunError(QT_TRANSLATE_NOOP("errors", "the start of a run needs a UTC offset"))
        check_start(self.started_at, now)
        _check_number(ELAPSED_NAME, self.elapsed_seconds, *ELAPSED_RANGE)
        if self.moving_seconds is not None:
            _check_number(MOVING_NAME, self.moving_seconds, 0, self.elapsed_seconds)
        if self.distance_m is not None:
            _check_number(DISTANCE_NAME, self.distance_m, 0, DISTANCE_MAX_M, metres=True)
        if self.avg_heart_rate is not None:
            _check_whole(HEART_RATE_NAME, self.avg_heart_rate, *HEART_RATE_RANGE)
        if self.effort is not None:
            _check_whole(EFFORT_NAME, self.effort, *EFFORT_RANGE)
        if not isinstance(self.sport, Sport):
            raise RunError(
                QT_TRANSLATE_NOOP("errors", "sport must be one of {sports}"),
                sports=", ".join(s.value for s in Sport),
            )
        if not isinstance(self.source_name, str) or not self.source_name.strip():
            raise RunError(
                QT_TRANSLATE_NOOP("errors", "a run's source name must be 1 to {most} characters"),
                most=SOURCE_NAME_MAX_CHARS,
            )
        # A file's name may hold line breaks or terminal escapes: it is kept, made printable.
        shown = printable_name(self.source_name, SOURCE_NAME_MAX_CHARS)
        if shown != self.source_name:
            object.__setattr__(self, "source_name", shown)

    @property
    def known_fields(self) -> int:
        """How many optional facts this record knows: the richer of two copies keeps more."""
        optional = ("moving_seconds", "distance_m", "avg_heart_rate", "effort")
        return sum(
            getattr(self, field.name) is not None
            for field in fields(self)
            if field.name in optional
        )


def _shown(value: object) -> object:
    """A refused value as its message shows it: a number as a number (written as the
    window's language writes numbers), anything else quoted, cut short."""
    if isinstance(value, int | float) and not isinstance(value, bool) and abs(value) < 1e15:
        return value
    return f"{value!r:.40}"


def _check_number(
    name: Message, value: object, low: float, high: float, *, metres: bool = False
) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        if metres:
            template = QT_TRANSLATE_NOOP(
                "errors", "{name} must be {low} to {high} metres, got {value}"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "errors", "{name} must be {low} to {high} seconds, got {value}"
            )
        raise RunError(template, name=name, low=low, high=high, value=_shown(value))


def _check_whole(name: Message, value: object, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise RunError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} must be a whole number from {low} to {high}, got {value}"
            ),
            name=name,
            low=low,
            high=high,
            value=_shown(value),
        )
