"""Reading FIT files back with Garmin's own decoder (garmin-fit-sdk), not with the writer.

The writer is fit-tool; checking its output with Garmin's SDK means a mistake in one of the
two libraries cannot hide itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from garmin_fit_sdk import Decoder, Profile, Stream

EXERCISE_NAMES = {"plank": "plank_exercise_name", "core": "core_exercise_name"}


@dataclass(frozen=True)
class DecodedFit:
    """A FIT file as Garmin's decoder reads it."""

    intact: bool
    """The decoder's integrity check: header, sizes and the file's CRC."""
    messages: dict[str, list[dict[str, Any]]]
    errors: list[Exception]
    order: list[str]
    """Each message's name in file order, e.g. ["file_id", "file_creator", "event", ...]."""


def decode(data: bytes) -> DecodedFit:
    intact = Decoder(Stream.from_byte_array(bytearray(data))).check_integrity()
    names = {number: name for name, number in Profile["mesg_num"].items()}
    order: list[str] = []
    messages, errors = Decoder(Stream.from_byte_array(bytearray(data))).read(
        mesg_listener=lambda number, _: order.append(names.get(number, str(number)).lower())
    )
    return DecodedFit(intact, dict(messages), list(errors), order)


def exercise_name(category: str, number: int) -> str:
    """The FIT profile's name for exercise ``number`` of ``category``, e.g. plank 43 -> plank."""
    names: dict[int, str] = Profile["types"][f"{category}_exercise_name"]
    return names[number]
