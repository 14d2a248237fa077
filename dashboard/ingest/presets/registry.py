"""The table of presets: every tool export Planpuls knows, in the order they are tried.

Most specific first: a file is the first preset's whose ``matches`` says so
(formats.detect), and header tokens of all of them help find the header row.
A new preset is one line here (CONTRIBUTING.md, "Add a preset").
"""

from __future__ import annotations

from dashboard.ingest.presets import meetings, newsletter, social, survey, tasks, video, web
from dashboard.ingest.presets.base import Preset

PRESETS: tuple[Preset, ...] = (
    meetings.TEAMS_ATTENDANCE,
    social.META_DAILY,
    social.META_POSTS,
    social.INSTAGRAM_POSTS,
    social.X_POSTS,
    newsletter.MAILCHIMP_CAMPAIGNS,
    video.YOUTUBE_TOTALS,
    video.YOUTUBE_TABLE,
    social.LINKEDIN_CONTENT,
    social.LINKEDIN_FOLLOWERS,
    web.GA4_REPORT,
    web.MATOMO_REPORT,
    tasks.JIRA_ISSUES,
    tasks.ASANA_TASKS,
    tasks.MONDAY_BOARD,
    tasks.PLANNER_PLAN,
    survey.SURVEY_RESULTS,  # Planpuls' own column names plus a sample size: last
)

_BY_ID: dict[str, Preset] = {p.id: p for p in PRESETS}


def preset_by_id(preset_id: str) -> Preset:
    """The preset with this id; KeyError naming the known ids otherwise."""
    try:
        return _BY_ID[preset_id]
    except KeyError:
        raise KeyError(f"unknown preset {preset_id!r}; known: {', '.join(_BY_ID)}") from None
