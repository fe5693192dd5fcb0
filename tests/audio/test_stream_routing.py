"""The environment that labels each stream an event sound and routes it to the chosen sink:
set when it changes, kept while it does not, and a user's own routing left alone."""

from __future__ import annotations

import os

import pytest

from app.audio.stream_output import EVENT_ROLE, SINK_PREFIX, route


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*EVENT_ROLE, "PULSE_SINK", "PIPEWIRE_NODE"):
        monkeypatch.setenv(name, "")  # so that what route() sets is undone after the test
        monkeypatch.delenv(name)
    monkeypatch.setattr("app.audio.stream_output._routed_by_us", set())


def test_every_stream_is_labelled_an_event_sound() -> None:
    assert route(None) is None
    assert route("hw:1,0") == "hw:1,0"  # a PortAudio device by name is opened by name

    assert os.environ["PULSE_PROP"] == "media.role=event"
    assert os.environ["PIPEWIRE_PROPS"] == "{ media.role = Notification }"


def test_a_sink_is_reached_through_the_default_device_and_the_default_undoes_it() -> None:

    assert route(SINK_PREFIX + "bluez_output.headphones") is None
    assert os.environ["PULSE_SINK"] == "bluez_output.headphones"
    assert os.environ["PIPEWIRE_NODE"] == "bluez_output.headphones"
    route(None)  # back to the system default: the server's own choice again
    assert "PULSE_SINK" not in os.environ
    assert "PIPEWIRE_NODE" not in os.environ


def test_a_users_own_sink_is_kept_for_the_default(monkeypatch: pytest.MonkeyPatch) -> None:

    monkeypatch.setenv("PULSE_SINK", "their_sink")
    route(None)
    assert os.environ["PULSE_SINK"] == "their_sink"


def test_an_unchanged_route_writes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:

    route(SINK_PREFIX + "usb")
    writes: list[str] = []
    real = os.environ.__class__.__setitem__

    def counting(self: object, key: str, value: str) -> None:
        writes.append(key)
        real(self, key, value)  # type: ignore[arg-type]

    monkeypatch.setattr(os.environ.__class__, "__setitem__", counting)
    route(SINK_PREFIX + "usb")  # the feeder thread opening the stream again after a pause
    assert writes == []
