"""Outcome beside activity: metric levels and a goal's outcome progress (issue 14).

A goal has two kinds of progress, never blended into one number (docs/outcomes.md):

- **activity**: how far its measures have come (:func:`dashboard.metrics.weighted_progress`);
- **outcome**: how far its targets on out-take, outcome and impact metrics are reached.

Every metric has a level (AMEC: output, out-take, outcome, impact): a default in
``dashboard/labels.py`` that an organisation may change (table ``metric_level``,
edited as a batch on Kanaler). Targets on output metrics (posts, impressions) say
what was published, not who noticed: they do not count towards outcome progress,
and a goal that has no other target "rests on activity alone".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

import pandas as pd

from dashboard import metrics
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.labels import LEVELS, METRIC_BY_ID, METRICS

if TYPE_CHECKING:
    from dashboard.queries import Filters

#: Levels whose targets count towards a goal's outcome progress.
RESULT_LEVELS: tuple[str, ...] = tuple(level for level in LEVELS if level != "output")


def default_level(metric_id: str) -> str:
    """A metric's level before an organisation changes it (unknown metrics: output)."""
    metric = METRIC_BY_ID.get(metric_id)
    return metric.level if metric else "output"


def default_levels() -> dict[str, str]:
    """Every known metric's default level."""
    return {m.id: m.level for m in METRICS}


def metric_levels(db: Database, plan_id: str) -> dict[str, str]:
    """Every known metric's level for the plan's organisation: its choices over the defaults."""
    chosen = db.query("metric_levels", plan_id=plan_id)
    return default_levels() | dict(zip(chosen["metric"], chosen["level"], strict=True))


def target_progress(actual: float | None, target: float, direction: str = "up") -> float | None:
    """How far one target is reached, 0–100: 100 once met, else the share achieved.

    Up: actual / target; down: target / actual (twice the allowed figure is 50 %).
    None when there is no figure yet (no figure is not the same as zero).
    """
    met = metrics.target_met(actual, target, direction)
    if met is None:
        return None
    if met:
        return 100.0
    achieved = metrics.target_achieved(actual, target, direction)
    return 0.0 if achieved is None else min(max(achieved, 0.0), 100.0)


def outcome_progress(targets: Iterable[tuple[float | None, float, str]]) -> float | None:
    """Mean progress of (actual, target, direction) triples that have a figure, or None."""
    values = [target_progress(a, t, d) for a, t, d in targets]
    counted = [v for v in values if v is not None]
    return sum(counted) / len(counted) if counted else None


def goal_outcomes(kpis: pd.DataFrame, levels: dict[str, str]) -> pd.DataFrame:
    """Per goal with targets: outcome progress, its targets and the levels behind it.

    Columns: ``goal_id``, ``outcome`` (None without a figure), ``result_targets`` (targets
    on out-take/outcome/impact metrics), ``measured`` (of those with a figure), ``met``,
    ``levels`` (the levels of all its targets, in LEVELS order).
    """
    rows = []
    for goal_id, group in kpis.groupby("goal_id", sort=False):
        goal_levels = [levels.get(m) or default_level(m) for m in group["metric"]]
        result = group[[level in RESULT_LEVELS for level in goal_levels]]
        directions = result["direction"].fillna("up")
        triples = list(zip(result["actual"], result["target"], directions, strict=True))
        met = [metrics.target_met(a, t, d) for a, t, d in triples]
        rows.append(
            {
                "goal_id": goal_id,
                "outcome": outcome_progress(triples),
                "result_targets": len(triples),
                "measured": sum(m is not None for m in met),
                "met": sum(bool(m) for m in met),
                "levels": tuple(level for level in LEVELS if level in goal_levels),
            }
        )
    return pd.DataFrame(
        rows, columns=["goal_id", "outcome", "result_targets", "measured", "met", "levels"]
    )


def sentence(row: pd.Series, t: Translator) -> str:
    """A goal's two kinds of progress in words, for the report and the presentation.

    ``Aktivitet: 62 %. Resultat: 75 % (1 av 2 resultatmål nådd).`` and, for a goal
    resting on activity alone, the sentence that says so.
    """
    result = _outcome_words(row, t)
    text = t("outcome.board_sentence", activity=t.percent(row["progress"]), result=result)
    if row["activity_only"]:
        text += " " + t("outcome.output_only" if row["levels"] else "outcome.activity_only")
    return text


def _outcome_words(row: pd.Series, t: Translator) -> str:
    if not row["result_targets"]:
        return t("outcome.none")
    met = t("outcome.met_of", met=row["met"], n=row["result_targets"])
    if row["outcome"] is None or pd.isna(row["outcome"]):
        return f"{t('outcome.no_figure')} ({met})"
    return f"{t.percent(row['outcome'])} ({met})"


def targets_filters(plan_id: str, as_of: dt.date) -> Filters:
    """The filters under which :func:`with_outcomes` reads a plan's outcome targets
    (``queries.goal_kpis``): every target of the plan up to ``as_of``."""
    from dashboard.queries import Filters  # queries imports metrics, not us

    return Filters(plan_id, dt.date(1900, 1, 1), as_of)


def with_outcomes(
    db: Database,
    plan_id: str,
    as_of: dt.date,
    summary: pd.DataFrame,
    kpis: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """A goal summary (queries.summarise_goals) with each goal's outcome columns beside.

    ``progress`` stays the activity progress; ``outcome``, ``result_targets``,
    ``measured``, ``met``, ``levels`` and ``activity_only`` (True when no target on an
    out-take, outcome or impact metric backs the goal) are added. ``kpis``: the plan's
    targets as ``queries.goal_kpis`` reads them under :func:`targets_filters` (read here
    when not given; a page passes its cached copy).
    """
    from dashboard.queries import goal_kpis  # queries imports metrics, not us

    if kpis is None:
        kpis = goal_kpis(db, targets_filters(plan_id, as_of))
    per_goal = goal_outcomes(kpis, metric_levels(db, plan_id))
    out = summary.merge(per_goal, on="goal_id", how="left")
    out["result_targets"] = out["result_targets"].fillna(0).astype(int)
    out["measured"] = out["measured"].fillna(0).astype(int)
    out["met"] = out["met"].fillna(0).astype(int)
    out["levels"] = [v if isinstance(v, tuple) else () for v in out["levels"]]
    out["outcome"] = out["outcome"].astype(object).where(out["outcome"].notna(), None)
    out["activity_only"] = out["result_targets"] == 0
    return out
