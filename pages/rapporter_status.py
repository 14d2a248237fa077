"""Rapporter status — an owner's own open measures, opened with a personal link, no account.

Reached as ``rapporter_status?link=TOKEN`` (dashboard/owner_links.py makes the link);
without a valid link it shows why and nothing else.
"""

from dashboard.ui import frame, owner_report

t = frame.page(frame.LINK)
owner_report.render(t)
