"""Planpuls — the entry point: page config, language switch, navigation over pages/."""

from dashboard.ui import frame

t = frame.start()
frame.navigation(t).run()
