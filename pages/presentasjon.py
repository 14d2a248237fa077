"""Presentasjon — the board meeting's shared screen: one goal per screen, large type."""

from dashboard.ui import frame, presentation

t = frame.page()
presentation.render(t)
