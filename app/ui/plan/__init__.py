"""Routines and the plan form: what the next workout will be."""
