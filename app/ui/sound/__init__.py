"""Sound settings: your own cue sounds and the output device."""
