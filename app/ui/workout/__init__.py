"""The workout screen: the big count, its controls, and the driver that feeds it the time."""
