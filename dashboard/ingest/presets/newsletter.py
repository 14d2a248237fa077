"""Newsletters: Mailchimp's campaign report (one row per campaign, read like posts)."""

from __future__ import annotations

from dashboard.ingest.presets.base import (
    _names,
)
from dashboard.ingest.presets.social import PostExport

# Column names typical of each export, for finding the header row among the lines.
_TOKENS_MAILCHIMP_CAMPAIGNS = _names(
    "Title", "Subject", "List", "Send Date", "Total Recipients", "Successful Deliveries",
    "Unique Opens", "Open Rate", "Unique Clicks", "Click Rate", "Unsubscribes",
    "Emails sent",
)  # fmt: skip

MAILCHIMP_CAMPAIGNS = PostExport(
    id="mailchimp-campaigns",
    name_nb="Mailchimp – kampanjer",
    name_en="Mailchimp – campaigns",
    name_nn="Mailchimp – kampanjar",
    kind="metrics",
    default_channel="Nyhetsbrev",
    channel_scope="external",
    sums_rows=True,
    header_tokens=_TOKENS_MAILCHIMP_CAMPAIGNS,
    required=(("Send Date",), ("Total Recipients", "Emails sent", "Successful Deliveries")),
    date_columns=("Send Date",),
    text_columns=("Title", "Campaign Title", "Campaign Name", "Subject"),
    metrics=(
        ("reach", ("Total Recipients", "Emails sent", "Successful Deliveries")),
        ("opens", ("Unique Opens", "Opens")),
        ("clicks", ("Unique Clicks", "Clicks")),
    ),
)
