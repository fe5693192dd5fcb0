"""Keeps the screen from blanking while a workout runs (org.freedesktop.ScreenSaver over D-Bus).

The user is on a mat a few metres away and touches neither mouse nor keyboard, so without
an inhibition the desktop would blank or lock the screen in the middle of a hold.

The freedesktop interface is two calls: ``Inhibit(s application, s reason) -> u cookie`` and
``UnInhibit(u cookie)``. KDE Plasma and GNOME, among others, provide it on the session bus.
Where nothing provides it, the keeper says so in :attr:`ScreenKeeper.status` and the workout
goes on: a blanking screen is a nuisance, never a reason to fail.

Two QtDBus details shape the code:

* ``UnInhibit`` takes a uint32. PySide6 6.12 sends a Python int as int32 (``i``), or as int64
  (``x``) from 2**31 up, and ``QDBusArgument << int`` writes uint16 (``q``). A real service
  refuses all of those (KDE: "No such method 'UnInhibit' ... (signature 'i')") and the screen
  stays inhibited. The one typed path found in PySide6 is a ``QDBusInterface``, whose
  meta-object is built from the service's introspection data: invoking its
  ``UnInhibit(uint)`` slot with ``Q_ARG("uint", cookie)`` marshals the cookie as ``u``.
* Calls must not freeze the window. ``Inhibit`` is asynchronous. ``UnInhibit`` through the
  interface is synchronous, so it gets a short timeout; the interface (whose constructor
  introspects the service, also synchronously) is built right after the service answered
  ``Inhibit``, so in practice both take milliseconds.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt, Signal
from PySide6.QtDBus import (
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusPendingCallWatcher,
)

from app.core.events import Event, Finished, Paused, Resumed, Started, Stopped
from app.core.message import QT_TRANSLATE_NOOP
from app.core.session import Session
from app.core.session_state import SessionState

SERVICE = "org.freedesktop.ScreenSaver"
INTERFACE = "org.freedesktop.ScreenSaver"
PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
"""Where services export the interface: the spec's path first; KDE also has the short one."""
APP_NAME = "Plank Timer"
REASON = QT_TRANSLATE_NOOP("ScreenKeeper", "Workout in progress")
"""Desktops show it (GNOME's and KDE's power menus name what keeps the screen on): shown
translated, through :func:`reason_text`."""
INHIBIT_TIMEOUT_MS = 3000
"""Asynchronous, so it may be generous: the bus may have to start the service first."""
RELEASE_TIMEOUT_MS = 500
"""UnInhibit blocks the GUI thread for at most this long."""
UNINHIBIT_SLOT = "UnInhibit(uint)"

# Errors that mean "not at this path": the next path in PATHS may still have it.
_TRY_NEXT_PATH = frozenset(
    {
        "org.freedesktop.DBus.Error.UnknownObject",
        "org.freedesktop.DBus.Error.UnknownInterface",
        "org.freedesktop.DBus.Error.UnknownMethod",
    }
)
_NOT_THERE = frozenset(
    {
        "org.freedesktop.DBus.Error.ServiceUnknown",
        "org.freedesktop.DBus.Error.NameHasNoOwner",
    }
)
_NO_ANSWER = frozenset(
    {
        "org.freedesktop.DBus.Error.NoReply",
        "org.freedesktop.DBus.Error.Timeout",
        "org.freedesktop.DBus.Error.TimedOut",
    }
)

log = logging.getLogger(__name__)


def reason_text() -> str:
    """Why the screen is kept awake, in the user's language."""
    return QCoreApplication.translate("ScreenKeeper", REASON)


class ScreenKeeper(QObject):
    """Holds one screen-saver inhibition while asked to, and says how that went.

    :meth:`inhibit` and :meth:`release` are idempotent: however often they are called, at
    most one cookie is held. Neither raises nor waits for long; what happened is in
    :attr:`status` (one line, for the log and the About box) and :attr:`holding`.
    :meth:`follow` ties the inhibition to a session: held exactly while it runs.
    """

    status_changed = Signal(str)
    """The new :attr:`status` line."""

    def __init__(
        self,
        bus: QDBusConnection,
        app_name: str = APP_NAME,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._app_name = app_name
        self._wanted = False
        self._reason = ""
        self._cookie: int | None = None
        self._path = PATHS[0]
        self._asking: QDBusPendingCallWatcher | None = None
        self._interfaces: dict[str, QDBusInterface] = {}
        self._session: Session | None = None
        self._status = "screen saver left alone (no workout running)"

    # what happened

    @property
    def status(self) -> str:
        """One line saying whether the screen is being kept awake, or why not."""
        return self._status

    @property
    def holding(self) -> bool:
        """True while the screen-saver service has given us a cookie we have not returned."""
        return self._cookie is not None

    # commands

    def inhibit(self, reason: str | None = None) -> None:
        """Ask the screen saver to stay off (``reason``: why, as desktops show it; a workout
        by default). Returns at once; the answer comes later."""
        self._wanted = True
        self._reason = reason_text() if reason is None else reason
        if self._cookie is not None or self._asking is not None:
            return
        if not self._bus.isConnected():
            error = self._bus.lastError()
            detail = f" ({error.message()})" if error.isValid() else ""
            self._set_status(f"screen may blank: no D-Bus session bus{detail}")
            return
        self._ask(PATHS[0])

    def release(self) -> None:
        """Let the screen saver work again. Safe to call when nothing is held."""
        self._wanted = False
        # With an Inhibit still on its way, the cookie is handed back when it arrives.
        if self._cookie is not None:
            self._give_back()

    def follow(self, session: Session) -> None:
        """Keep the screen awake exactly while ``session`` runs (not while paused or over).

        Call it with each new session; events from sessions followed before are ignored from
        then on, so a replaced session cannot release the screen under the new one.
        """
        self._session = session
        session.subscribe(partial(self._on_event, session))
        if session.is_active and session.state is not SessionState.PAUSED:
            self.inhibit()
        else:
            self.release()

    # session events

    def _on_event(self, session: Session, event: Event) -> None:
        if session is not self._session:
            return
        # This runs inside the session's listener loop: an exception here would keep the
        # remaining listeners (display, cue thread) from hearing about the event.
        try:
            if isinstance(event, Started | Resumed):
                self.inhibit()
            elif isinstance(event, Paused | Finished | Stopped):
                self.release()
        except Exception as error:
            log.exception("screen keeper failed on %s", type(event).__name__)
            self._set_status(f"screen keeper error: {error}")

    # D-Bus

    def _ask(self, path: str) -> None:
        message = QDBusMessage.createMethodCall(SERVICE, path, INTERFACE, "Inhibit")
        message.setArguments([self._app_name, self._reason])  # two strings: signature "ss"
        watcher = QDBusPendingCallWatcher(self._bus.asyncCall(message, INHIBIT_TIMEOUT_MS), self)
        self._asking = watcher
        # A closure, not functools.partial: PySide6 counts a partial's parameters wrongly and
        # would drop the watcher that finished() passes.
        watcher.finished.connect(lambda: self._inhibit_answered(path, watcher))

    def _inhibit_answered(self, path: str, watcher: QDBusPendingCallWatcher) -> None:
        self._asking = None
        watcher.deleteLater()
        reply = watcher.reply()
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
            name = reply.errorName()
            later = PATHS[PATHS.index(path) + 1 :]
            if self._wanted and later and name in _TRY_NEXT_PATH:
                self._ask(later[0])
                return
            self._set_status(_inhibit_failure(name, reply.errorMessage()))
            return
        arguments = reply.arguments()
        if reply.signature() != "u" or len(arguments) != 1:
            self._set_status(
                f"screen may blank: {SERVICE}.Inhibit answered with signature "
                f"'{reply.signature()}', expected 'u'"
            )
            return
        self._cookie = int(arguments[0])
        self._path = path
        # Build the typed interface now, while the service is known to be answering: its
        # constructor introspects the service with a blocking call.
        self._interface(path)
        if self._wanted:
            self._set_status(f"keeping the screen awake ({SERVICE}, cookie {self._cookie})")
        else:
            self._give_back()  # released while the Inhibit call was on its way

    def _interface(self, path: str) -> QDBusInterface:
        interface = self._interfaces.get(path)
        if interface is None:
            interface = QDBusInterface(SERVICE, path, INTERFACE, self._bus, self)
            interface.setTimeout(RELEASE_TIMEOUT_MS)
            self._interfaces[path] = interface
        return interface

    def _give_back(self) -> None:
        cookie = self._cookie
        if cookie is None:
            return
        self._cookie = None
        interface = self._interface(self._path)
        if not interface.isValid() or interface.metaObject().indexOfMethod(UNINHIBIT_SLOT) < 0:
            # Without introspection data there is no typed way (found) to send a uint32. The
            # service drops our inhibition anyway when the program disconnects from the bus.
            error = interface.lastError()
            detail = f": {error.name()}: {error.message()}" if error.isValid() else ""
            self._interfaces.pop(self._path, None)
            interface.deleteLater()
            self._set_status(
                f"could not release the screen (cookie {cookie}): {SERVICE} "
                f"does not describe UnInhibit(u){detail}"
            )
            return
        invoked = QMetaObject.invokeMethod(
            interface,
            "UnInhibit",
            Qt.ConnectionType.DirectConnection,
            Q_ARG("uint", cookie),  # D-Bus "u"; a plain int would go out as "i" and be refused
        )
        error = interface.lastError()
        if not invoked or error.isValid():
            self._set_status(
                f"could not release the screen (cookie {cookie}): "
                f"{error.name() or 'UnInhibit not sent'}: {error.message()}"
            )
            return
        self._set_status(f"screen saver allowed again (cookie {cookie} returned)")

    def _set_status(self, status: str) -> None:
        if status == self._status:
            return
        self._status = status
        log.info("%s", status)
        self.status_changed.emit(status)


def _inhibit_failure(name: str, message: str) -> str:
    if name in _NOT_THERE:
        return f"screen may blank: no {SERVICE} service on the session bus"
    if name in _NO_ANSWER:
        return f"screen may blank: {SERVICE} did not answer"
    if name == "org.freedesktop.DBus.Error.Disconnected":
        return "screen may blank: not connected to the D-Bus session bus"
    return f"screen may blank: {SERVICE}.Inhibit failed: {name}: {message}"
