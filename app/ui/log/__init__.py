"""The workout log in the window: recording, check-in, export and import."""
