"""Uploads: read the files people already have, understand them, validate, commit, undo."""
