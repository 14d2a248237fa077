"""Planpuls — the entry point: page config, language, account, navigation over pages/."""

from dashboard.ui import frame

t = frame.start()
frame.navigation(t).run()
