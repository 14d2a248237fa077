"""Logg inn — sign in with a local account or through the organisation's sign-on."""

from dashboard.ui import accounts, frame

t = frame.page(None)
accounts.sign_in_page(t)
