"""Presets for the exports people already download (Meta, GA4, Matomo, Mailchimp, …).

One module per tool family (social, video, newsletter, meetings, web, tasks), the
shared base in ``base``, the task tools' status words in ``status_words``, and one
table of them all, in the order they are tried, in ``registry`` (CONTRIBUTING.md:
"Add a preset").

Each preset recognises its tool's file from the header (and preamble) and turns
its rows into canonical rows: channel metrics, or measures with their status.
Cells pass through raw; the validator parses numbers and dates later. A preset
only derives a value itself where the file has none to pass on (a period from a
GA4 comment line, a Matomo month, a Teams meeting's date and head count).

Metric choices, made once for every tool so channels compare:

* "Views"/"Visninger" of social content (Meta since 2025, Instagram) count times
  the content was on screen: ``impressions``. Meta's "Viewers" and LinkedIn's
  "Unique impressions" count accounts: ``reach``.
* Web and video views count the content being opened: GA4 "Views", Matomo
  "Pageviews" and YouTube "Views" are ``pageviews``; YouTube's thumbnail
  "Impressions" are ``impressions``.
* Clicks are clicks on links: X "url clicks", Meta "Total clicks", LinkedIn
  "Clicks (total)", Mailchimp "Unique Clicks". X "engagements" (likes, replies,
  expands …) are not clicks and are not imported.
* Mailchimp recipients are the newsletter's ``reach``; unique opens ``opens``.
* Meta "follows", LinkedIn's daily "Total followers" and YouTube "Subscribers"
  count followers gained in the period: they go to ``new_followers``, a flow
  that adds up over a period. Never to ``followers`` or ``subscribers``, which
  Planpuls reads as a count at a moment (labels.STOCK_METRICS) and so never
  adds up: a gain per day stored there would show as a tiny audience.
* Norwegian column names that no export seen in public sources confirms (GA4,
  YouTube, Meta metric names) are matched as well, marked where they are listed.
"""

from dashboard.ingest.presets.base import NO_PRESET, NOTE_MAX, TOTAL_WORDS, NoPreset, Preset
from dashboard.ingest.presets.registry import PRESETS, preset_by_id
from dashboard.ingest.presets.social import MetaSection, meta_metric, meta_sections

__all__ = [
    "NOTE_MAX",
    "NO_PRESET",
    "PRESETS",
    "TOTAL_WORDS",
    "MetaSection",
    "NoPreset",
    "Preset",
    "meta_metric",
    "meta_sections",
    "preset_by_id",
]
