"""The layers hold: app/core and app/storage never import Qt, and app/core never sqlite3.

Checked by reading every module's imports with ast, without importing anything, so the test
fails the moment someone adds such an import, even one inside a function or under
TYPE_CHECKING, and even in a module no test happens to import.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "pyqtgraph")  # pyqtgraph drags Qt in behind it


@dataclass(frozen=True)
class Import:
    """One module a source file imports, and where."""

    module: str
    line: int


def _package_of(module: str, is_package: bool) -> list[str]:
    parts = module.split(".")
    return parts if is_package else parts[:-1]


def imports_in(
    source: str, module: str = "app.core.example", is_package: bool = False
) -> list[Import]:
    """Every module the source imports: import statements, relative ones resolved against
    ``module``, and ``importlib.import_module`` / ``__import__`` calls with a literal name."""
    found: list[Import] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [Import(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = _package_of(module, is_package)
                base = package[: len(package) - (node.level - 1)]
                name = ".".join([*base, *([node.module] if node.module else [])])
            else:
                name = node.module or ""
            found.append(Import(name, node.lineno))
            # "from app import ui" imports the module app.ui
            found += [Import(f"{name}.{alias.name}", node.lineno) for alias in node.names]
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            called = (
                func.attr
                if isinstance(func, ast.Attribute)
                else func.id
                if isinstance(func, ast.Name)
                else ""
            )
            first = node.args[0]
            if (
                called in ("import_module", "__import__")
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.append(Import(first.value, node.lineno))
    return found


def _within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def core_violations(imported: list[Import]) -> list[Import]:
    """Core may import the standard library (but not sqlite3) and itself, nothing else."""
    bad = []
    for item in imported:
        top = item.module.split(".")[0]
        if _within(item.module, ("app.core",)):
            continue
        if top == "app" and "." not in item.module:
            continue  # "from app.core import x" also records "app.core"; the name alone is fine
        if top in sys.stdlib_module_names and top != "sqlite3":
            continue
        bad.append(item)
    return bad


def storage_violations(imported: list[Import]) -> list[Import]:
    """Storage may import core, itself and sqlite3, but never Qt nor the layers above it."""
    return [item for item in imported if not _storage_may_import(item.module)]


def _storage_may_import(module: str) -> bool:
    top = module.split(".")[0]
    if top in QT:
        return False
    if top == "app" and "." in module:
        return _within(module, ("app.core", "app.storage"))
    return True


def modules_under(package: str) -> list[tuple[Path, str, bool]]:
    """(path, dotted module name, is a package) for every .py file of a package."""
    found = []
    for path in sorted((ROOT / package.replace(".", "/")).rglob("*.py")):
        relative = path.relative_to(ROOT).with_suffix("")
        parts = list(relative.parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found.append((path, ".".join(parts), is_package))
    return found


def report(bad: dict[str, list[Import]]) -> str:
    return "; ".join(
        f"{path}:{item.line} imports {item.module}" for path, items in bad.items() for item in items
    )


def test_core_imports_only_the_standard_library_and_itself() -> None:
    modules = modules_under("app.core")
    names = {name for _, name, _ in modules}
    assert {"app.core.session", "app.core.timeline", "app.core.cues", "app.core.plan"} <= names

    bad = {}
    for path, name, is_package in modules:
        found = core_violations(imports_in(path.read_text(encoding="utf-8"), name, is_package))
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert not bad, report(bad)


def test_storage_never_imports_qt_or_the_layers_above() -> None:
    modules = modules_under("app.storage")
    assert modules, "app/storage has no modules to check"

    bad = {}
    for path, name, is_package in modules:
        found = storage_violations(imports_in(path.read_text(encoding="utf-8"), name, is_package))
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert not bad, report(bad)


# the checker itself: each of these would slip Qt or sqlite3 into the core


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("import PySide6", "PySide6"),
        ("from PySide6.QtCore import QTimer", "PySide6.QtCore"),
        ("import shiboken6 as sb", "shiboken6"),
        ("import sqlite3", "sqlite3"),
        ("def connect():\n    import sqlite3\n    return sqlite3", "sqlite3"),
        (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6 import QtCore",
            "PySide6",
        ),
        ("import importlib\nimportlib.import_module('PySide6.QtWidgets')", "PySide6.QtWidgets"),
        ("__import__('sqlite3')", "sqlite3"),
        ("from ..ui import window", "app.ui"),
        ("from .. import ui", "app.ui"),
        ("from app import audio", "app.audio"),
        ("import pyqtgraph", "pyqtgraph"),
    ],
)
def test_the_core_check_catches(source: str, module: str) -> None:
    bad = core_violations(imports_in(source, "app.core.session"))

    assert module in [item.module for item in bad]


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("from PySide6.QtCore import QObject", "PySide6.QtCore"),
        ("import shiboken6", "shiboken6"),
        ("from ..ui.history_table import HistoryTable", "app.ui.history_table"),
        ("from app.audio import player", "app.audio"),
    ],
)
def test_the_storage_check_catches(source: str, module: str) -> None:
    bad = storage_violations(imports_in(source, "app.storage.database"))

    assert module in [item.module for item in bad]


@pytest.mark.parametrize(
    "source",
    [
        "from __future__ import annotations",
        "import threading\nfrom collections.abc import Callable",
        "from app.core.plan import Plan",
        "from .timeline import Timeline",
        "from . import cues",
    ],
)
def test_the_core_check_lets_the_standard_library_and_core_through(source: str) -> None:
    assert core_violations(imports_in(source, "app.core.session")) == []


def test_storage_may_use_sqlite3_and_core() -> None:
    source = "import sqlite3\nfrom app.core.plan import Plan\nfrom .database import Database"

    assert storage_violations(imports_in(source, "app.storage.recorder")) == []


def test_relative_imports_in_a_package_init_resolve_inside_it() -> None:
    found = imports_in("from .session import Session", "app.core", is_package=True)

    assert [item.module for item in found] == ["app.core.session", "app.core.session.Session"]


def _app_imports(package_or_module: str) -> dict[str, set[str]]:
    """For each module under ``package_or_module`` (or that module), the app modules it imports."""
    found: dict[str, set[str]] = {}
    path = ROOT / (package_or_module.replace(".", "/") + ".py")
    modules = (
        [(path, package_or_module, False)] if path.is_file() else modules_under(package_or_module)
    )
    for file, name, is_package in modules:
        found[name] = {
            item.module
            for item in imports_in(file.read_text(encoding="utf-8"), name, is_package)
            if item.module.startswith("app.")
        }
    return found


def test_the_command_line_imports_run_one_way() -> None:
    # cli -> commands -> wiring: nothing below imports the entry point back, and the wiring
    # never reaches up into the commands that start it.
    below_cli = {**_app_imports("app.commands"), **_app_imports("app.wiring")}
    wiring = _app_imports("app.wiring")["app.wiring"]

    assert not {name for name, found in below_cli.items() if _within_any(found, ("app.cli",))}
    assert not _within_any(wiring, ("app.commands.log_commands",))


def _within_any(modules: set[str], packages: tuple[str, ...]) -> bool:
    return any(_within(module, packages) for module in modules)


def runs_violations(imported: list[Import]) -> list[Import]:
    """The runs readers may import core and themselves and the format libraries; never Qt,
    never sqlite3, never storage or the layers above (the store reaches them as a protocol)."""
    bad = []
    for item in imported:
        top = item.module.split(".")[0]
        if (
            top in QT
            or top == "sqlite3"
            or (
                top == "app"
                and "." in item.module
                and not _within(item.module, ("app.core", "app.runs"))
            )
        ):
            bad.append(item)
    return bad


def test_the_runs_readers_never_import_qt_sqlite_or_storage() -> None:
    modules = modules_under("app.runs")
    names = {name for _, name, _ in modules}
    assert {"app.runs.fit_reader", "app.runs.archive", "app.runs.importer"} <= names

    bad = {}
    for path, name, is_package in modules:
        found = runs_violations(imports_in(path.read_text(encoding="utf-8"), name, is_package))
        if found:
            bad[str(path.relative_to(ROOT))] = found
    assert not bad, report(bad)


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("import sqlite3", "sqlite3"),
        ("from PySide6.QtCore import QThread", "PySide6.QtCore"),
        ("from app.storage.runs import RunStore", "app.storage.runs"),
        ("from ..ui.log import runs_menu", "app.ui.log"),
    ],
)
def test_the_runs_check_catches(source: str, module: str) -> None:
    bad = runs_violations(imports_in(source, "app.runs.importer"))

    assert module in [item.module for item in bad]
