"""Kom i gang — an organisation's own plan from an empty start: plan, templates, uploads, users."""

from dashboard.ui import frame, start

t = frame.page("secretariat")
start.render(t)
