"""Desktop integration: tray, reminders, keeping the screen awake, speech."""
