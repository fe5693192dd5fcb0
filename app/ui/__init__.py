"""The Qt edge: windows, widgets and the driver that feeds a session the time."""
