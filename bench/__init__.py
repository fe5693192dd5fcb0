"""Benchmarks behind docs/benchmarks.md: ``make bench`` runs them all (``bench.run_all``).

Each benchmark is one module here; the parts that must run in a fresh process (a Qt event
loop, ALSA reading its configuration, a cold start) are separate ``*_child`` or harness
modules run with ``python -m``. Nothing here is imported by the app or by the tests.
"""
