"""The workout log: SQLite storage, schema migrations, statistics, export and import.

Imports the standard library and ``app.core`` only, never Qt, so the command line can export
and import without a window and the tests need no display.
"""
