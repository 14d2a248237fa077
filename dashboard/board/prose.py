"""Words written from the data: the board's status paragraphs per goal and for the plan."""

from __future__ import annotations

import pandas as pd

from dashboard.board.compare import change_counts
from dashboard.board.model import Board
from dashboard.i18n import Translator
from dashboard.labels import ATTENTION_STATUSES, DISPLAY_STATUS_IDS, listed, status


def _plural(t: Translator, key: str, count: int, **values: object) -> str:
    return t(f"{key}.{'one' if count == 1 else 'other'}", n=t.number(count), **values)


def _join(items: list[str], t: Translator) -> str:
    return listed(items, t("board.and"))


def _quoted(titles: list[str], t: Translator, limit: int = 3) -> str:
    shown = [f"“{x}”" if t.lang == "en" else f"«{x}»" for x in titles[:limit]]
    if len(titles) > limit:
        shown.append(t("board.n_more", n=len(titles) - limit))
    return _join(shown, t)


def status_phrase(counts: dict[str, int], t: Translator) -> str:
    """``3 på sporet, 1 fullført og 1 med risiko`` (statuses with no measures left out)."""
    parts = [
        f"{t.number(n)} {status(status_id).phrase(t.lang)}" for status_id, n in counts.items() if n
    ]
    return _join(parts, t)


def _measures_sentence(counts: dict[str, int], total: int, t: Translator) -> str:
    if total == 1:
        only = next(s for s, n in counts.items() if n)
        return t("board.of_measures.one", statuses=status(only).phrase(t.lang))
    return t("board.of_measures.other", n=t.number(total), statuses=status_phrase(counts, t))


def _moves(changes: pd.DataFrame, t: Translator, limit: int = 3) -> str:
    items = []
    for row in changes.head(limit).itertuples():
        title = f"“{row.title}”" if t.lang == "en" else f"«{row.title}»"
        before, after = (status(s).phrase(t.lang) for s in (row.status_before, row.status_after))
        items.append(t("board.move", title=title, before=before, after=after))
    if len(changes) > limit:
        items.append(t("board.n_more", n=len(changes) - limit))
    return _join(items, t)


def goal_paragraph(board: Board, goal_id: str, t: Translator) -> str:
    """A short status paragraph for one goal, written from the data."""
    row = board.summary[board.summary["goal_id"] == goal_id].iloc[0]
    states = board.goal_states(goal_id)
    sentences = []
    delta = board.goal_delta(goal_id)
    if row["progress"] is None or pd.isna(row["progress"]):
        sentences.append(t("board.no_progress"))
    elif board.baseline is not None and delta is not None:
        sentences.append(
            t(
                "board.progress_since",
                progress=t.percent(row["progress"]),
                delta=t.points(delta),
                since=board.baseline.short(t),
            )
        )
    else:
        sentences.append(t("board.progress", progress=t.percent(row["progress"])))
    if len(states):
        counts = {s: int(row[s]) for s in DISPLAY_STATUS_IDS}
        sentences.append(_measures_sentence(counts, len(states), t))
    changes = board.goal_changes(goal_id)
    if board.baseline is not None:
        since = board.baseline.short(t)
        done = changes[changes["newly_done"]]["title"].tolist()
        moved = changes[changes["status_changed"] & ~changes["newly_done"]]
        if done:
            sentences.append(
                _plural(t, "board.done_since", len(done), since=since, titles=_quoted(done, t))
            )
        if len(moved):
            sentences.append(_plural(t, "board.status_changed", len(moved), moves=_moves(moved, t)))
        if changes.empty:
            sentences.append(t("board.no_changes_since", since=since))
    late = states[states["overdue"]]["title"].tolist()
    if late:
        sentences.append(_plural(t, "board.overdue", len(late), titles=_quoted(late, t)))
    risky = states[states["status"].isin(ATTENTION_STATUSES)]["title"].tolist()
    if risky:
        sentences.append(_plural(t, "board.attention", len(risky), titles=_quoted(risky, t)))
    return " ".join(sentences)


def plan_paragraph(board: Board, t: Translator) -> str:
    """The overall status in a few sentences: progress, statuses, changes, attention."""
    sentences = []
    progress = board.progress()
    delta = None
    if board.before is not None and progress is not None:
        then = board.progress_before()
        delta = None if then is None else progress - then
    if progress is None:
        sentences.append(t("board.no_progress"))
    elif delta is not None and board.baseline is not None:
        sentences.append(
            t(
                "board.plan_progress_since",
                progress=t.percent(progress),
                delta=t.points(delta),
                since=board.baseline.short(t),
            )
        )
    else:
        sentences.append(t("board.plan_progress", progress=t.percent(progress)))
    counts = {s: int((board.states["status"] == s).sum()) for s in DISPLAY_STATUS_IDS}
    if len(board.states):
        sentences.append(_measures_sentence(counts, len(board.states), t))
    if board.baseline is not None:
        c = change_counts(board.changes)
        sentences.append(
            t(
                "board.changes_summary",
                since=board.baseline.short(t),
                changed=t.number(c["changed"]),
                done=t.number(c["done"]),
                late=t.number(c["late"]),
                comments=t.number(c["comments"]),
            )
        )
    stale = int(board.states["stale"].sum())
    if stale:
        sentences.append(_plural(t, "board.stale", stale, days=board.cadence_days))
    return " ".join(sentences)
