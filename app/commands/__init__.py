"""The command line's pieces: shared parsing and exit codes, the workout's options, the log's
commands. ``app/cli.py`` only dispatches to them; the arrows run cli -> commands -> wiring."""
