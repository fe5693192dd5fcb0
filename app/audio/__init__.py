"""Sound at the edge: cue players and the thread that plays cues at their deadlines."""
