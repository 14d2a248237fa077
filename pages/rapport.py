"""Rapport — the status report for the board: as shown, and as Word, PowerPoint and PDF."""

from dashboard.ui import frame, report
from dashboard.ui.state import sidebar_filters

t = frame.page()
view = sidebar_filters(t, goal="none", owner=False, channel=False, period=False)
if view is not None:
    report.render(view)
