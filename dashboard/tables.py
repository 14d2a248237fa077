"""Tables as people read them: translated headers, status badges, local numbers and dates.

Pure functions from query results to display frames (strings), shared by the
pages and, later, the exports and reports.
"""

from __future__ import annotations

import pandas as pd

from dashboard import metrics, words
from dashboard.i18n import MESSAGES, Translator
from dashboard.labels import DISPLAY_STATUS_IDS, OPEN_STATUS_IDS, metric_word, status


def measures(
    states: pd.DataFrame,
    t: Translator,
    *,
    goal: bool = True,
    owner: bool = True,
    waiting: bool = False,
) -> pd.DataFrame:
    """Measures with owner, status, progress, due date and latest comment; with
    ``waiting``, the late measures each waits on, when any measure waits."""
    out = pd.DataFrame()
    if goal:
        out[t("col.goal")] = states["goal_title"]
    out[t("col.measure")] = states["title"]
    if waiting and "waiting_for" in states and states["waiting_for"].astype(bool).any():
        out[t("deps.col.waiting_for")] = states["waiting_for"].tolist()
    if owner:
        out[t("col.owner")] = states["owner"]
    out[t("col.status")] = [status(s).badge(t.lang) for s in states["status"]]
    out[t("col.progress")] = [t.percent(p) for p in states["progress"]]
    out[t("col.due")] = [t.date(d) for d in states["due_date"]]
    out[t("col.last_update")] = [t.date(d) for d in states["last_update"]]
    out[t("col.comment")] = states["last_comment"].fillna("")
    return out.reset_index(drop=True)


def outcome_text(outcome: float | None, result_targets: int, t: Translator) -> str:
    """A goal's outcome progress as shown: a percentage, or why there is none."""
    if not result_targets:
        return t("outcome.none")
    if outcome is None or pd.isna(outcome):
        return t("outcome.no_figure")
    return t.percent(outcome)


def levels_text(levels: tuple[str, ...], t: Translator) -> str:
    """The levels behind a goal's targets, in words (``–`` when it has none)."""
    return ", ".join(t(f"level.{level}") for level in levels) or "–"


def goal_summary(summary: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """Per goal: progress, number of measures, counts per status, overdue."""
    out = pd.DataFrame({t("col.goal"): summary["goal_title"]})
    out[t("col.progress")] = [t.percent(p) for p in summary["progress"]]
    if "outcome" in summary:  # outcome beside activity (dashboard.outcomes.with_outcomes)
        out[t("outcome.col_result")] = [
            outcome_text(o, n, t)
            for o, n in zip(summary["outcome"], summary["result_targets"], strict=True)
        ]
        out[t("outcome.col_levels")] = [levels_text(v, t) for v in summary["levels"]]
    out[t("col.measures")] = summary["measures"]
    for status_id in DISPLAY_STATUS_IDS:
        out[status(status_id).badge(t.lang)] = summary[status_id]
    out[t("col.overdue")] = summary["overdue"]
    return out


def changes(changed: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """What changed per measure: status before and now, progress change, new comment."""
    return pd.DataFrame(
        {
            t("col.goal"): changed["goal_title"],
            t("col.measure"): changed["title"],
            t("col.owner"): changed["owner"],
            t("col.before"): [status(s).badge(t.lang) for s in changed["status_before"]],
            t("col.after"): [status(s).badge(t.lang) for s in changed["status_after"]],
            t("col.change"): [t.points(d) for d in changed["delta"]],
            t("col.new_comment"): changed["comment"],
        }
    )


def workload(table: pd.DataFrame, t: Translator, horizons: tuple[int, ...]) -> pd.DataFrame:
    """Per owner: open measures, counts per open status, overdue, due soon, done."""
    out = pd.DataFrame({t("col.owner"): table["owner"], t("col.open"): table["open"]})
    for status_id in OPEN_STATUS_IDS:
        if status_id in table.columns:
            out[status(status_id).badge(t.lang)] = table[status_id]
    out[t("col.overdue")] = table["overdue"]
    if "waiting" in table and table["waiting"].any():
        out[t("deps.waiting_count")] = table["waiting"]
    for days in horizons:
        out[t("col.due_in", days=days)] = table[f"due_{days}"]
    out[t("col.done")] = table["done"]
    return out


def channel_figures(series: pd.DataFrame, metric: str, grain: str, t: Translator) -> pd.DataFrame:
    """One metric per channel (rows) and period (columns), formatted."""
    rows = series[series["metric"] == metric]
    if rows.empty:
        return pd.DataFrame()
    pivot = rows.pivot_table(
        index=["channel", "scope"], columns="bucket", values="value", aggfunc="sum"
    ).sort_index()
    columns = {
        t("col.channel"): [c for c, _ in pivot.index],
        t("col.scope"): [t("scope." + s) for _, s in pivot.index],
    }
    for bucket in pivot.columns:  # built as one frame: a column at a time is quadratic
        columns[t.period(bucket, grain)] = [t.number(v) for v in pivot[bucket]]
    return pd.DataFrame(columns)


def kpis(table: pd.DataFrame, t: Translator, levels: dict[str, str] | None = None) -> pd.DataFrame:
    """Outcome targets against the actual figures so far; a "down" target is met at or below.

    With ``levels`` (metric id → level) each target shows its metric's level, and a
    survey figure the number of answers behind it.
    """
    directions = (
        table["direction"].fillna("up") if "direction" in table else pd.Series("up", table.index)
    )
    triples = list(zip(table["actual"], table["target"], directions, strict=True))
    achieved = [metrics.target_achieved(a, target, d) for a, target, d in triples]
    met = [metrics.target_met(a, target, d) for a, target, d in triples]
    out = pd.DataFrame(
        {
            t("col.goal"): table["goal_title"],
            t("col.channel"): table["channel"],
            t("col.metric"): [metric_word(m, t.lang) for m in table["metric"]],
            t("col.period"): [
                f"{t.date(s)}–{t.date(e)}"
                for s, e in zip(table["period_start"], table["period_end"], strict=True)
            ],
            t("col.direction"): [t(f"direction.{d}") for d in directions],
            t("col.target"): [t.number(v) for v in table["target"]],
            t("col.actual"): [t.number(v) for v in table["actual"]],
            t("col.achieved"): [t.percent(a) for a in achieved],
            t("col.met"): ["" if m is None else t("kpi.met" if m else "kpi.not_met") for m in met],
        }
    )
    if levels is not None:
        shown = [t(f"level.{levels.get(m, 'output')}") for m in table["metric"]]
        out.insert(3, t("outcome.col_level"), shown)
        if "sample_size" in table and table["sample_size"].notna().any():
            out[t("outcome.col_sample")] = [
                "" if pd.isna(n) else t.number(n) for n in table["sample_size"]
            ]
    return out


def history(updates: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """Status updates, newest first, with who reported them and where they came from."""
    rows = updates.sort_values(["update_date", "id"], ascending=False)
    return pd.DataFrame(
        {
            t("col.date"): [t.date(d) for d in rows["update_date"]],
            t("col.measure"): rows["measure_title"],
            t("col.status"): [status(s).badge(t.lang) for s in rows["status"]],
            t("col.progress"): [t.percent(p) for p in rows["progress"]],
            t("col.comment"): rows["comment"].fillna(""),
            t("col.reported_by"): rows["reported_by"].fillna(""),
            t("col.source"): rows["source"].fillna(""),
        }
    )


def batches(frame: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """Import batches as a table: number, when, who, file, contents, counts, state."""
    return pd.DataFrame(
        {
            t("history.col_id"): frame["id"],
            t("history.col_when"): [t.datetime(w) for w in frame["created_at"]],
            t("history.col_by"): [words.actor(b, t) for b in frame["created_by"]],
            t("history.col_file"): frame["file_name"],
            t("read.kind"): [
                t(f"kind.{k}") if f"kind.{k}" in MESSAGES else k for k in frame["kind"]
            ],
            t("upload.added"): frame["rows_added"],
            t("upload.changed"): frame["rows_changed"],
            t("upload.unchanged"): frame["rows_unchanged"],
            t("history.col_state"): [
                t("history.state_undone", by=words.actor(b, t), when=t.datetime(w))
                if s == "undone"
                else t("history.state_committed")
                for s, b, w in zip(
                    frame["state"], frame["undone_by"], frame["undone_at"], strict=True
                )
            ],
        }
    )


def plan_list(frame: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """Plans as a table: id, name, organisation, period, cadence, parent, size, in use or not."""
    return pd.DataFrame(
        {
            t("start.col_id"): frame["id"],
            t("start.col_name"): frame["name"],
            t("start.organisation"): frame["organisation"],
            t("filter.period"): [
                f"{t.date(s)}–{t.date(e)}"
                for s, e in zip(frame["period_start"], frame["period_end"], strict=True)
            ],
            t("start.col_cadence"): [
                "–" if pd.isna(c) else t.number(int(c)) for c in frame["cadence_days"]
            ],
            t("start.col_parent"): ["" if pd.isna(p) else p for p in frame["parent_id"]],
            t("kind.goals"): frame["goals"].astype(int),
            t("kind.measures"): frame["measures"].astype(int),
            t("history.col_state"): [
                t("start.active") if pd.isna(a) else t("start.archived")
                for a in frame["archived_at"]
            ],
        }
    )


def users(frame: pd.DataFrame, t: Translator) -> pd.DataFrame:
    """Accounts as a table: name, role in words, when and by whom added, last changed."""
    return words.shown(
        frame, t, times=("created_at", "updated_at"), actors=("created_by",), roles=("role",)
    ).rename(
        columns={
            "name": t("users.name"),
            "role": t("users.role"),
            "created_at": t("users.created"),
            "created_by": t("users.created_by"),
            "updated_at": t("users.updated"),
        }
    )
