"""Comparing two states of a plan's measures, what needs attention, who has not reported.

Pure: DataFrames in, DataFrames out (no database).
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from dashboard.labels import (
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    DISPLAY_STATUS_IDS,
    INITIAL_STATUS,
    attention_rank,
)

#: The columns of :func:`compare`'s result.
CHANGE_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "goal_id",
    "goal_title",
    "goal_order",
    "owner",
    "status_before",
    "status_after",
    "progress_before",
    "progress_after",
    "delta",
    "overdue_before",
    "overdue_after",
    "comment",
    "newly_done",
    "newly_late",
    "status_changed",
)


def compare(before: pd.DataFrame, after: pd.DataFrame, since: dt.date) -> pd.DataFrame:
    """What changed per measure between two sets of measure states (display statuses).

    A measure is listed when its status or progress changed, it became overdue,
    or it got a comment dated after ``since`` (the latest such comment is shown).
    A measure missing from ``before`` counts as not started, 0 %, not overdue.
    """
    if after.empty:
        return pd.DataFrame(columns=list(CHANGE_COLUMNS))
    merged = after[["id", "status", "progress", "overdue"]].merge(
        before[["id", "status", "progress", "overdue"]],
        on="id",
        how="left",
        suffixes=("_after", "_before"),
    )
    merged["status_before"] = merged["status_before"].fillna(INITIAL_STATUS)
    merged["progress_before"] = merged["progress_before"].astype(float).fillna(0.0)
    merged["overdue_before"] = merged["overdue_before"].astype("boolean").fillna(False)
    merged["overdue_before"] = merged["overdue_before"].astype(bool)
    merged["overdue_after"] = merged["overdue_after"].astype(bool)
    merged["delta"] = merged["progress_after"].astype(float) - merged["progress_before"]
    comment_dates = pd.to_datetime(after["last_comment_date"]).dt.date
    fresh = comment_dates.map(lambda d: d is not None and not pd.isna(d) and d > since)
    comments = pd.Series(
        after["last_comment"].where(fresh.astype(bool), "").fillna("").to_numpy(),
        index=after["id"].to_numpy(),
    )
    merged["comment"] = merged["id"].map(comments).fillna("")
    merged["status_changed"] = merged["status_before"] != merged["status_after"]
    complete_after = merged["status_after"].isin(COMPLETE_STATUSES)
    merged["newly_done"] = complete_after & ~merged["status_before"].isin(COMPLETE_STATUSES)
    merged["newly_late"] = merged["overdue_after"] & ~merged["overdue_before"]
    keep = (
        merged["status_changed"]
        | (merged["delta"] != 0)
        | merged["newly_late"]
        | merged["comment"].ne("")
    )
    info = after[["id", "title", "goal_id", "goal_title", "goal_order", "owner"]]
    out = merged[keep].merge(info, on="id", how="left")
    out = out.sort_values(["goal_order", "goal_id"], kind="stable")
    return out[list(CHANGE_COLUMNS)].reset_index(drop=True)


def change_counts(changes: pd.DataFrame) -> dict[str, int]:
    """How many measures changed, were newly done, newly late, changed status, got a comment."""
    return {
        "changed": len(changes),
        "done": int(changes["newly_done"].sum()),
        "late": int(changes["newly_late"].sum()),
        "status": int(changes["status_changed"].sum()),
        "comments": int(changes["comment"].ne("").sum()),
    }


# What needs attention, who has not reported ----------------------------------------


def needs_attention(states: pd.DataFrame) -> pd.DataFrame:
    """Measures at risk, delayed, not updated, past their due date or waiting on a late
    measure (``waiting_for``, dashboard.dependencies); the worst first."""
    mask = states["attention"] | states["stale"] | states["overdue"]
    if "waiting_for" in states:
        mask = mask | (states["waiting_for"].fillna("").astype(str) != "")
    rows = states[mask.astype(bool)].copy()
    # the worst first: each status's urgency (labels.Status), then the rest
    ranks = [attention_rank(s) for s in rows["status"]]
    rows["_rank"] = [len(DISPLAY_STATUS_IDS) if r is None else r for r in ranks]
    rows = rows.sort_values(["_rank", "goal_order", "due_date"], kind="stable")
    return rows.drop(columns="_rank")


def silent_owners(states: pd.DataFrame, since: dt.date) -> pd.DataFrame:
    """Owners of measures that were running on ``since`` and have had no update after it.

    Only open measures count (done and cancelled ones need no report). Columns:
    owner_id, owner, measures (titles), measure_ids, last_update (the latest of them, or None).
    """
    starts = pd.to_datetime(states["start_date"]).dt.date
    lasts = pd.to_datetime(states["last_update"]).dt.date
    running = starts.map(lambda d: d is None or pd.isna(d) or d <= since)
    silent = lasts.map(lambda d: d is None or pd.isna(d) or d <= since)
    open_ = ~states["reported_status"].isin(CLOSED_STATUSES)
    # (assign before selecting: assigning a Series to an empty frame takes the Series'
    # index, which brought every measure back as one owner "nan" when nobody was silent)
    rows = states.assign(_last=lasts)[(running & silent & open_).astype(bool)]
    out = []
    for (owner_id, owner), group in rows.groupby(["owner_id", "owner"], sort=True, dropna=False):
        known = [d for d in group["_last"] if d is not None and not pd.isna(d)]
        out.append(
            {
                "owner_id": owner_id,
                "owner": owner,
                "measures": group["title"].tolist(),
                "measure_ids": group["id"].tolist(),
                "last_update": max(known) if known else None,
            }
        )
    return pd.DataFrame(
        out, columns=["owner_id", "owner", "measures", "measure_ids", "last_update"]
    )
