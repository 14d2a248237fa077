"""Sections of the board features on the reading pages: "since meeting X", staleness,
reminders to owners who have not reported."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import auth, board, periods, queries, tables
from dashboard.board import Baseline
from dashboard.inert import md
from dashboard.meetings import all_meetings, snapshot_states
from dashboard.ui import cached, frame, sections, session
from dashboard.ui.state import View, option_filter, since_filter


def may(role: str) -> bool:
    """Whether this run's visitor has at least ``role``."""
    return auth.allows(session.effective_role(frame.user()), role)


def last_meeting_baseline(view: View) -> Baseline:
    """The last meeting before the status date; without one, a cadence before it."""
    return board.last_meeting_baseline(view.db, view.filters.plan_id, view.filters.end)


def baseline_filter(view: View) -> Baseline:
    """'Changes since': a recorded meeting (its frozen snapshot) or a date (sidebar, URL).

    The default is the last meeting before the status date; without one, a date.
    """
    t, filters = view.t, view.filters
    held = [m for m in all_meetings(view.db, filters.plan_id) if m.date <= filters.end]
    by_name = {m.name: m for m in held}
    last = board.latest_before(view.db, filters.plan_id, filters.end)
    starts = periods.since_choices(filters.end)  # the start of this tertial, half-year …
    options = [*reversed(list(by_name)), *starts, ""]

    def label(name: str) -> str:
        if not name:
            return t("meeting.other_date")
        if name in starts:
            return periods.since_label(name, starts[name], t)
        return f"{name} ({t.date(by_name[name].date)})"

    default = last.name if last and last.name in by_name else ""
    if "since" in st.query_params and "meeting" not in st.query_params:
        default = ""  # a link from before meetings existed, or one that chose a date
    chosen = option_filter(
        view, "meeting", t("meeting.since_label"), options, label, default=default
    )
    if chosen in starts:
        return Baseline(starts[chosen])
    if chosen:
        meeting = by_name[chosen]
        return Baseline(meeting.date, meeting)
    return Baseline(since_filter(view, queries.default_since(view.db, filters)))


def baseline_states(view: View, baseline: Baseline) -> pd.DataFrame:
    """The measure states the baseline stands for, narrowed like the view's."""
    filters = view.filters
    if baseline.meeting is not None:
        return snapshot_states(
            view.db, baseline.meeting, goal_id=filters.goal_id, owner_id=filters.owner_id
        )
    return cached.measure_states(view.db, filters, as_of=baseline.date)


def since_section(view: View, states: pd.DataFrame, baseline: Baseline) -> pd.DataFrame:
    """What changed since the baseline: key figures and the list of changed measures."""
    t = view.t
    before = baseline_states(view, baseline)
    changes = board.compare(before, states, baseline.date)
    st.subheader(t("meeting.since_title", since=md(baseline.label(t))))
    if baseline.meeting is not None:
        st.caption(t("meeting.snapshot_note", meeting=md(baseline.meeting.name)))
    counts = board.change_counts(changes)
    then = queries.plan_progress(before[before["id"].isin(states["id"])])
    now = queries.plan_progress(states)
    delta = None if now is None or then is None else now - then
    sections.kpis(
        [
            (
                t("meeting.kpi_progress"),
                t.points(delta),
                t("meeting.kpi_progress_help"),
            ),
            (t("meeting.kpi_done"), t.number(counts["done"]), None),
            (t("meeting.kpi_late"), t.number(counts["late"]), t("meeting.kpi_late_help")),
            (t("meeting.kpi_status"), t.number(counts["status"]), None),
            (t("meeting.kpi_comments"), t.number(counts["comments"]), None),
        ],
        key="since_kpis",
    )
    if changes.empty:
        st.info(t("overview.no_changes"))
    else:
        sections.long_table(
            tables.changes(changes, t),
            "endringer",
            status_columns=(t("col.before"), t("col.after")),
        )
    return changes


def stale_list(view: View, states: pd.DataFrame, cadence: int) -> None:
    """The measures shown as not updated, with how long the cadence is."""
    t = view.t
    stale = states[states["stale"]]
    sections.measure_list(
        view,
        t("stale.list_title"),
        stale,
        t("stale.none", days=cadence),
        "ikke-oppdatert",
    )
    if not stale.empty:
        st.caption(t("stale.list_help", days=cadence))


def reminders(view: View, states: pd.DataFrame, baseline: Baseline) -> None:
    """Owners of running measures with no update since the baseline, and mail links."""
    t = view.t
    silent = board.silent_owners(states, baseline.date)
    st.subheader(t("stale.owners_title", since=md(baseline.label(t))))
    if silent.empty:
        st.success(t("stale.owners_none", since=md(baseline.short(t))))
        return
    emails = board.owner_emails(view.db, view.filters.plan_id)
    frame = pd.DataFrame(
        {
            t("col.owner"): silent["owner"],
            t("stale.col_measures"): [len(m) for m in silent["measures"]],
            t("stale.col_last"): [t.date(d) for d in silent["last_update"]],
            t("stale.col_email"): [emails.get(o, "") for o in silent["owner_id"]],
        }
    )
    sections.table(frame)
    plan_name = view.plan["name"]
    since = baseline.label(t)
    row = st.container(horizontal=True, gap="small")
    everyone = [emails[o] for o in silent["owner_id"] if o in emails]
    row.link_button(
        t("stale.remind_all", n=len(silent)),
        board.reminder_link(everyone, silent, plan_name, since, t),
        icon=":material/mail:",
    )
    for owner in silent.itertuples():
        recipients = [emails[owner.owner_id]] if owner.owner_id in emails else []
        one = silent[silent["owner_id"] == owner.owner_id]
        row.link_button(
            md(owner.owner),
            board.reminder_link(recipients, one, plan_name, since, t),
            icon=":material/outgoing_mail:",
            type="tertiary",
        )
    if len(everyone) < len(silent):
        st.caption(t("stale.no_email"))
