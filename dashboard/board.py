"""What the board sees: a plan's state (live or a meeting's snapshot), what changed
since the last meeting, what needs attention, and who has not reported.

Pure where it can be: :func:`compare` and :func:`silent_owners` take DataFrames;
:func:`for_meeting` and :func:`for_date` read the database once and return a
:class:`Board` that presentation mode and the report both render, so the screen
and the paper show the same figures.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard import cells, queries
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.labels import (
    ATTENTION_STATUSES,
    CLOSED_STATUSES,
    COMPLETE_STATUSES,
    DISPLAY_STATUS_IDS,
    INITIAL_STATUS,
    REMINDER_STATUS_IDS,
    attention_rank,
    status,
    status_choices,
)
from dashboard.meetings import Meeting, all_meetings, previous, snapshot_goals, snapshot_states

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


@dataclass(frozen=True)
class Baseline:
    """What "since" compares with: a meeting's snapshot, or the live state on a date."""

    date: dt.date
    meeting: Meeting | None = None

    def label(self, t: Translator) -> str:
        """``Møte 5/2021 (01.09.2021)``, or just the date."""
        if self.meeting is None:
            return t.date(self.date)
        return f"{self.meeting.name} ({t.date(self.date)})"

    def short(self, t: Translator) -> str:
        """The meeting's name, or the date."""
        return self.meeting.name if self.meeting else t.date(self.date)


@dataclass(frozen=True)
class Board:
    """A plan's state for the board: per measure, per goal, and what changed."""

    plan_id: str
    plan_name: str
    organisation: str
    description: str | None
    period_start: dt.date | None
    period_end: dt.date | None
    as_of: dt.date
    meeting: Meeting | None  # set when this is a meeting's frozen snapshot
    baseline: Baseline | None
    cadence_days: int
    goals: pd.DataFrame  # id, title, description, sort_order
    states: pd.DataFrame  # one row per measure, as queries.measure_states
    before: pd.DataFrame | None  # the baseline's states
    summary: pd.DataFrame  # one row per goal, as queries.summarise_goals
    summary_before: pd.DataFrame | None
    changes: pd.DataFrame  # as compare()

    @property
    def illustrative(self) -> bool:
        """True when any state shown comes from generated demo data."""
        meeting_flag = bool(self.meeting and self.meeting.illustrative)
        return meeting_flag or bool(self.states["illustrative"].fillna(False).any())

    def progress(self) -> float | None:
        """Weighted progress of the whole plan."""
        return queries.plan_progress(self.states)

    def progress_before(self) -> float | None:
        """Weighted progress of the whole plan at the baseline (None without one)."""
        return None if self.before is None else queries.plan_progress(self.before)

    def goal_states(self, goal_id: str) -> pd.DataFrame:
        """The measures of one goal."""
        return self._states_by_goal.get(goal_id, self.states.iloc[0:0])

    def goal_changes(self, goal_id: str) -> pd.DataFrame:
        """What changed in one goal since the baseline."""
        return self._changes_by_goal.get(goal_id, self.changes.iloc[0:0])

    # Split once: a report asks for every goal's rows, and a boolean filter per goal
    # copies the whole frame (long comments included) each time.
    @cached_property
    def _states_by_goal(self) -> dict[str, pd.DataFrame]:
        return _by_goal(self.states)

    @cached_property
    def _changes_by_goal(self) -> dict[str, pd.DataFrame]:
        return _by_goal(self.changes)

    @cached_property
    def _progress_by_goal(self) -> dict[str, float]:
        return _goal_values(self.summary)

    @cached_property
    def _progress_before_by_goal(self) -> dict[str, float]:
        return {} if self.summary_before is None else _goal_values(self.summary_before)

    def goal_delta(self, goal_id: str) -> float | None:
        """Change of a goal's progress since the baseline, in percentage points."""
        if self.summary_before is None:
            return None
        now = self._progress_by_goal.get(goal_id)
        then = self._progress_before_by_goal.get(goal_id)
        if now is None or then is None:
            return None
        return now - then


def _by_goal(frame: pd.DataFrame) -> dict[str, pd.DataFrame]:
    if frame.empty:
        return {}
    return {goal_id: rows for goal_id, rows in frame.groupby("goal_id", sort=False)}


def _goal_values(summary: pd.DataFrame) -> dict[str, float]:
    """Each goal's progress (goals without one left out; the first row of a goal counts)."""
    values: dict[str, float] = {}
    for goal_id, progress in zip(summary["goal_id"], summary["progress"], strict=True):
        if goal_id not in values and progress is not None and not pd.isna(progress):
            values[goal_id] = float(progress)
    return values


# Comparing two states -----------------------------------------------------------


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
    """Measures at risk, delayed, not updated or past their due date; the worst first."""
    mask = states["attention"] | states["stale"] | states["overdue"]
    rows = states[mask.astype(bool)].copy()
    # the worst first: each status's urgency (labels.Status), then the rest
    ranks = [attention_rank(s) for s in rows["status"]]
    rows["_rank"] = [len(DISPLAY_STATUS_IDS) if r is None else r for r in ranks]
    rows = rows.sort_values(["_rank", "goal_order", "due_date"], kind="stable")
    return rows.drop(columns="_rank")


def silent_owners(states: pd.DataFrame, since: dt.date) -> pd.DataFrame:
    """Owners of measures that were running on ``since`` and have had no update after it.

    Only open measures count (done and cancelled ones need no report). Columns:
    owner_id, owner, measures (titles), last_update (the latest of them, or None).
    """
    starts = pd.to_datetime(states["start_date"]).dt.date
    lasts = pd.to_datetime(states["last_update"]).dt.date
    running = starts.map(lambda d: d is None or pd.isna(d) or d <= since)
    silent = lasts.map(lambda d: d is None or pd.isna(d) or d <= since)
    open_ = ~states["reported_status"].isin(CLOSED_STATUSES)
    rows = states[(running & silent & open_).astype(bool)].assign(_last=lasts)
    out = []
    for (owner_id, owner), group in rows.groupby(["owner_id", "owner"], sort=True, dropna=False):
        known = [d for d in group["_last"] if d is not None and not pd.isna(d)]
        out.append(
            {
                "owner_id": owner_id,
                "owner": owner,
                "measures": group["title"].tolist(),
                "last_update": max(known) if known else None,
            }
        )
    return pd.DataFrame(out, columns=["owner_id", "owner", "measures", "last_update"])


def owner_emails(db: Database, plan_id: str) -> dict[str, str]:
    """E-mail addresses of the plan's owners that have one, by owner id."""
    rows = db.query("owner_emails", plan_id=plan_id)
    return {r.id: email for r in rows.itertuples() if (email := cells.text(r.email))}


def check_email(value: str | None) -> str | None:
    """The address trimmed (None when empty); ValueError when it is not an e-mail address."""
    email = cells.text_or_none(value)
    if email is not None and (
        email.count("@") != 1 or any(c in email for c in ' ,;<>"') or email.endswith("@")
    ):
        raise ValueError(f"not an e-mail address: {email!r}")
    return email


def set_owner_emails(db: Database, emails: dict[str, str | None]) -> None:
    """Set (an empty value clears) where reminders to owners go; all or none.

    Raises ValueError naming the first value that is not an e-mail address.
    """
    checked = {owner_id: check_email(value) for owner_id, value in emails.items()}
    with db.write() as cur:
        for owner_id, email in checked.items():
            cur.execute("UPDATE owner SET email = $e WHERE id = $id", {"e": email, "id": owner_id})


def set_owner_email(db: Database, owner_id: str, email: str | None) -> None:
    """Set (or, with an empty value, clear) where reminders to one owner go."""
    set_owner_emails(db, {owner_id: email})


def reminder_statuses(t: Translator) -> str:
    """The statuses the reminder asks owners to choose from: ``På sporet, … eller Fullført``."""
    return status_choices(t.lang, t("vocab.or"), REMINDER_STATUS_IDS)


#: Browsers and mail programs cut mailto links somewhere above 2 000 characters.
MAILTO_LIMIT = 1800


def reminder_link(
    recipients: list[str], owners: pd.DataFrame, plan_name: str, since: str, t: Translator
) -> str:
    """A ``mailto:`` link opening a reminder to report, listing each owner's measures."""
    subject = t("stale.mail_subject", plan=plan_name)
    lines = [t("stale.mail_intro", since=since, plan=plan_name), ""]
    for row in owners.itertuples():
        lines.append(f"{row.owner}:")
        lines += [f"  - {title}" for title in row.measures]
    lines += ["", t("stale.mail_close", statuses=reminder_statuses(t))]
    body = "\n".join(lines)
    to = ",".join(urllib.parse.quote(r, safe="@") for r in recipients)

    def link(text: str) -> str:
        query = urllib.parse.urlencode({"subject": subject, "body": text}, quote_via=_quote)
        return f"mailto:{to}?{query}"

    url = link(body)
    if len(url) > MAILTO_LIMIT and len(lines) > 3:
        # Too long: keep as many leading lines as fit, then "…" and the closing line.
        # Each line adds its own quoted length plus a quoted newline (%0A), so the
        # cut is found in one pass instead of quoting the whole body once per line.
        tail = ["  …", "", lines[-1]]
        sizes = [len(_quote(line)) + 3 for line in lines]
        keep = len(lines) - 4
        length = len(link("\n".join(tail))) + sum(sizes[:keep])
        while keep > 0 and length > MAILTO_LIMIT:
            keep -= 1
            length -= sizes[keep]
        url = link("\n".join([*lines[:keep], *tail]))
    return url


def _quote(text: str, safe: str = "", encoding: str | None = None, errors: str | None = None):
    # mailto wants %20 for spaces, not "+" (RFC 6068).
    return urllib.parse.quote(text, safe="", encoding=encoding, errors=errors)


# Building a board ------------------------------------------------------------------


def _plan_row(db: Database, plan_id: str) -> pd.Series:
    plans = queries.plans(db).set_index("id")
    if plan_id not in plans.index:
        raise KeyError(plan_id)
    return plans.loc[plan_id]


def _date(value: object) -> dt.date | None:
    return None if value is None or pd.isna(value) else pd.Timestamp(value).date()


def meeting_on(db: Database, plan_id: str, date: dt.date) -> Meeting | None:
    """The plan's (last recorded) meeting held on ``date``, if any."""
    found = [m for m in all_meetings(db, plan_id) if m.date == date]
    return found[-1] if found else None


def latest_before(db: Database, plan_id: str, date: dt.date) -> Meeting | None:
    """The plan's last meeting strictly before ``date``, if any."""
    found = [m for m in all_meetings(db, plan_id) if m.date < date]
    return found[-1] if found else None


def baseline_states(
    db: Database, plan_id: str, baseline: Baseline, goal_id: str | None = None
) -> pd.DataFrame:
    """The measure states a baseline stands for: its meeting's snapshot, or the live state."""
    if baseline.meeting is not None:
        return snapshot_states(db, baseline.meeting, goal_id=goal_id)
    filters = queries.Filters(plan_id, baseline.date, baseline.date, goal_id)
    return queries.measure_states(db, filters)


def baseline_for(
    db: Database, plan_id: str, since: dt.date | None, before: dt.date
) -> Baseline | None:
    """The baseline for "since": a meeting held on ``since`` (or, without a date, the
    last meeting before ``before``) uses its snapshot; any other date the live state.
    None when there is no date and no earlier meeting."""
    if since is not None:
        return Baseline(since, meeting_on(db, plan_id, since))
    last = latest_before(db, plan_id, before)
    return Baseline(last.date, last) if last else None


def _board(
    db: Database,
    plan_id: str,
    as_of: dt.date,
    meeting: Meeting | None,
    goals: pd.DataFrame,
    states: pd.DataFrame,
    baseline: Baseline | None,
    cadence: int,
    goal_id: str | None,
) -> Board:
    plan = _plan_row(db, plan_id)
    before = before_summary = None
    changes = pd.DataFrame(columns=list(CHANGE_COLUMNS))
    if baseline is not None:
        before = baseline_states(db, plan_id, baseline, goal_id)
        before_goals = snapshot_goals(db, baseline.meeting) if baseline.meeting else goals
        before_summary = queries.summarise_goals(before_goals, before, goal_id)
        changes = compare(before, states, baseline.date)
    return Board(
        plan_id=plan_id,
        plan_name=meeting.plan_name if meeting else plan["name"],
        organisation=meeting.organisation if meeting else plan["organisation"],
        description=None if pd.isna(plan["description"]) else plan["description"],
        period_start=_date(plan["period_start"]),
        period_end=_date(plan["period_end"]),
        as_of=as_of,
        meeting=meeting,
        baseline=baseline,
        cadence_days=cadence,
        goals=goals if goal_id is None else goals[goals["id"] == goal_id],
        states=states,
        before=before,
        summary=queries.summarise_goals(goals, states, goal_id),
        summary_before=before_summary,
        changes=changes,
    )


def for_meeting(
    db: Database, meeting: Meeting, *, since: dt.date | None = None, goal_id: str | None = None
) -> Board:
    """A meeting's frozen board; "since" is the meeting before it (or the date given)."""
    if since is not None:
        baseline = baseline_for(db, meeting.plan_id, since, meeting.date)
    else:
        last = previous(db, meeting)
        baseline = Baseline(last.date, last) if last else None
    goals = snapshot_goals(db, meeting)
    states = snapshot_states(db, meeting, goal_id=goal_id)
    return _board(
        db,
        meeting.plan_id,
        meeting.date,
        meeting,
        goals,
        states,
        baseline,
        meeting.cadence_days,
        goal_id,
    )


def for_date(
    db: Database,
    plan_id: str,
    as_of: dt.date,
    *,
    since: dt.date | None = None,
    baseline: Baseline | None = None,
    goal_id: str | None = None,
) -> Board:
    """The live board on ``as_of``; "since" is ``baseline``, the meeting or date ``since``,
    or else the last meeting before ``as_of`` (none: no changes are shown)."""
    if baseline is None:
        baseline = baseline_for(db, plan_id, since, as_of)
    filters = queries.Filters(plan_id, as_of, as_of, goal_id)
    states = queries.measure_states(db, filters)
    goals = queries.goals(db, plan_id)
    cadence = queries.cadence_days(db, plan_id)
    return _board(db, plan_id, as_of, None, goals, states, baseline, cadence, goal_id)


# Words written from the data -----------------------------------------------------


def _plural(t: Translator, key: str, count: int, **values: object) -> str:
    return t(f"{key}.{'one' if count == 1 else 'other'}", n=t.number(count), **values)


def _join(items: list[str], t: Translator) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t('board.and')} {items[-1]}"


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
