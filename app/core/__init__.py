"""The pure-Python heart of the app: plans, timelines, sessions and cue schedules.

Nothing in this package imports Qt or sqlite3; it is driven by an injected monotonic clock.
"""
