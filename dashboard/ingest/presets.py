"""Presets for the exports people already download (Meta, GA4, Matomo, Mailchimp, …).

Each preset recognises its tool's file from the header (and preamble) and turns
its rows into canonical rows: channel metrics, or measures with their status.
"""

from __future__ import annotations

PRESETS: tuple = ()
