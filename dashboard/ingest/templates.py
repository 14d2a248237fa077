"""Downloadable templates: the canonical columns, filled with the chosen plan's own rows.

The status template lists every open measure with its current status, so the
secretariat edits what changed and uploads it back: rows left as they were show
as unchanged, and only the edited ones are saved.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard import cells, dependencies, queries
from dashboard.coverage import richness_word
from dashboard.db import Database
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.presets.survey import SURVEY_CHANNEL
from dashboard.labels import CLOSED_STATUSES, METRICS, MOMENT_METRICS, metric_word, status

HEADERS = {
    "goals": {
        "nb": ["plan", "mål_id", "tittel", "beskrivelse", "overordnet_mal"],
        "nn": ["plan", "mål_id", "tittel", "skildring", "overordna_mal"],
        "en": ["plan", "goal_id", "title", "description", "parent_goal"],
    },
    "measures": {
        "nb": ["tiltak_id", "mål_id", "tittel", "ansvarlig", "kanaler", "målgrupper", "start",
               "frist", "vekt", "avhenger_av"],
        "nn": ["tiltak_id", "mål_id", "tittel", "ansvarleg", "kanalar", "målgrupper", "start",
               "frist", "vekt", "avheng_av"],
        "en": ["measure_id", "goal_id", "title", "owner", "channels", "audiences", "start",
               "due", "weight", "depends_on"],
    },
    "status": {
        "nb": ["tiltak_id", "mål (kun visning)", "tiltak (kun visning)", "dato", "status",
               "fremdrift", "kommentar", "rapportert_av"],
        "nn": ["tiltak_id", "mål (berre vising)", "tiltak (berre vising)", "dato", "status",
               "framdrift", "kommentar", "rapportert_av"],
        "en": ["measure_id", "goal (read only)", "measure (read only)", "date", "status",
               "progress", "comment", "reported_by"],
    },
    "metrics": {
        "nb": ["dato", "kanal", "måltall", "verdi", "målgruppe"],
        "nn": ["dato", "kanal", "måltal", "verdi", "målgruppe"],
        "en": ["date", "channel", "metric", "value", "audience"],
    },
    "targets": {
        "nb": ["mål_id", "kanal", "måltall", "fra", "til", "målverdi", "retning"],
        "nn": ["mål_id", "kanal", "måltal", "frå", "til", "målverdi", "retning"],
        "en": ["goal_id", "channel", "metric", "period_start", "period_end", "target",
               "direction"],
    },
    # survey results (issue 14): a channel figures file with the answers behind each figure
    "survey": {
        "nb": ["dato", "periode_slutt", "måltall", "verdi", "utvalg", "målgruppe", "kanal"],
        "nn": ["dato", "periode_slutt", "måltal", "verdi", "utval", "målgruppe", "kanal"],
        "en": ["date", "period_end", "metric", "value", "sample_size", "audience", "channel"],
    },
    "owners": {"nb": ["ansvarlig", "e-post"], "nn": ["ansvarleg", "e-post"],
               "en": ["owner", "email"]},
    "channels": {"nb": ["kanal", "kanaltype", "rikhet"], "nn": ["kanal", "kanaltype", "rikdom"],
                 "en": ["channel", "scope", "richness"]},
}  # fmt: skip


#: The canonical key of each template column, in the same order as HEADERS.
KEYS = {
    "goals": ["plan", "goal_id", "title", "description", "parent_goal"],
    "measures": ["measure_id", "goal_id", "title", "owner", "channels", "audiences", "start",
                 "due", "weight", "depends_on"],
    "status": ["measure_id", "goal_view", "title_view", "date", "status", "progress", "comment",
               "reported_by"],
    "metrics": ["date", "channel", "metric", "value", "audience"],
    "targets": ["goal_id", "channel", "metric", "period_start", "period_end", "target",
                "direction"],
    "survey": ["date", "period_end", "metric", "value", "sample_size", "audience", "channel"],
    "owners": ["name", "email"],
    "channels": ["name", "scope", "richness"],
}  # fmt: skip

#: The templates the upload page offers: one per kind, and survey results (metrics).
TEMPLATE_IDS: tuple[str, ...] = (*KIND_IDS, "survey")


def header_names(kind: str, lang: str) -> dict[str, str]:
    """Canonical key -> the column name the templates use, in the language."""
    return dict(
        zip(KEYS[kind], HEADERS[kind][lang if lang in HEADERS[kind] else "nb"], strict=True)
    )


def template(db: Database, kind: str, plan_id: str, today: dt.date, lang: str) -> pd.DataFrame:
    """The template for one kind, with the plan's current rows to edit."""
    headers = HEADERS[kind][lang if lang in HEADERS[kind] else "nb"]
    plan = queries.plans(db).set_index("id").loc[plan_id]
    end = (
        min(today, pd.Timestamp(plan["period_end"]).date())
        if pd.notna(plan["period_end"])
        else today
    )
    start = pd.Timestamp(plan["period_start"]).date() if pd.notna(plan["period_start"]) else end
    filters = queries.Filters(plan_id, start, end)
    if kind == "goals":
        goals = queries.goals(db, plan_id)
        rows = [
            [plan_id, g.id, g.title, cells.text(g.description), cells.text(g.parent_goal_id)]
            for g in goals.itertuples()
        ]
    elif kind == "measures":
        states = queries.measure_states(db, filters)
        deps = dependencies.plan_dependencies(db, plan_id, end)
        waits = deps.groupby("measure_id")["depends_on"].agg(", ".join).to_dict()
        rows = [
            [m.id, m.goal_id, m.title, m.owner, m.channels, m.audiences,
             _date(m.start_date), _date(m.due_date), m.weight, waits.get(m.id, "")]
            for m in states.itertuples()
        ]  # fmt: skip
    elif kind == "status":
        states = queries.measure_states(db, filters)
        open_states = states[~states["status"].isin(CLOSED_STATUSES)]
        # The latest update as it stands: uploaded untouched, these rows are unchanged
        # (a measure never reported has no date: fill one in to report it).
        goal_titles = dict(queries.goals(db, plan_id)[["id", "title"]].itertuples(index=False))
        rows = [
            [
                m.id,
                goal_titles.get(m.goal_id, m.goal_id),  # read only: ignored on upload
                m.title,  # read only: ignored on upload
                # never reported: no date, so the row says nothing new until one is given
                _date(m.last_update),
                status(m.reported_status).word(lang),  # its own, not "not updated"
                m.progress,
                "",
                "",
            ]
            for m in open_states.itertuples()
        ]
    elif kind == "targets":
        words = {"up": "up", "down": "down"} if lang == "en" else {"up": "opp", "down": "ned"}
        rows = [
            [k.goal_id, k.channel, metric_word(k.metric, lang), _date(k.period_start),
             _date(k.period_end), k.target, words[k.direction]]
            for k in queries.goal_kpis(db, filters).itertuples()
        ]  # fmt: skip
    elif kind == "survey":
        # one row per outcome metric the plan has targets for (else every survey metric),
        # dated the latest month: fill in the value and how many answered
        month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        targeted = set(queries.goal_kpis(db, filters)["metric"]) & MOMENT_METRICS
        chosen = [m.id for m in METRICS if m.id in (targeted or MOMENT_METRICS)]
        month_end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        rows = [
            [month, month_end, metric_word(m, lang), None, None, "", SURVEY_CHANNEL] for m in chosen
        ]
    elif kind in ("owners", "channels"):
        rows = _organisation_rows(db, kind, plan_id, lang)
    else:
        channels = queries.channels(db, plan_id)
        month = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        rows = [
            [month, c.name, "", None, ""] for c in channels.itertuples() if c.scope == "external"
        ]
    return pd.DataFrame(rows, columns=headers)


def _date(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def _organisation_rows(db: Database, kind: str, plan_id: str, lang: str) -> list[list]:
    """The plan's organisation's owners with their e-mail, or channels with their scope."""
    frame = db.query(f"template_{kind}", plan_id=plan_id)
    if kind == "owners":
        return [[o.name, cells.text(o.email)] for o in frame.itertuples()]
    words = {"internal": "internal", "external": "external"}
    if lang != "en":
        words = {"internal": "intern", "external": "ekstern"}
    return [
        [c.name, words[c.scope], richness_word(c.richness, lang) or ""] for c in frame.itertuples()
    ]
