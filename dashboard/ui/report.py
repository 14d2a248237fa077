"""The Rapport page: the board's status report as shown, as Word, PowerPoint and PDF,
and (for the secretariat) the meetings whose snapshots the reports are made from."""

from __future__ import annotations

import datetime as dt
import functools

import pandas as pd
import streamlit as st

from dashboard import periods, reports
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.meetings import (
    Meeting,
    all_meetings,
    record,
    remove,
    snapshot_size,
)
from dashboard.queries import plan_bounds
from dashboard.refusal import Refused
from dashboard.reports.model import Report, Table
from dashboard.ui import cached, frame, sections
from dashboard.ui import forecast as forecast_ui
from dashboard.ui.board_sections import may
from dashboard.ui.state import View, date_filter, forget, option_filter, preset

#: Download buttons in this order, with their labels.
_FORMATS = (("docx", "Word"), ("pptx", "PowerPoint"), ("pdf", "PDF"))
#: A meeting just recorded: (plan id, name, message), taken up by the next run.
_RECORDED = "_planpuls_meeting_recorded"
#: Reports kept (one per choice and data version; old versions age out).
_ENTRIES = 16


def _frame(table: Table) -> pd.DataFrame:
    return pd.DataFrame(table.rows, columns=_unique(table.columns))


def _unique(columns: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for column in columns:
        seen[column] = seen.get(column, 0) + 1
        out.append(column if seen[column] == 1 else f"{column} ({seen[column]})")
    return out


def choose(view: View) -> tuple[Meeting | None, dt.date, dt.date | None]:
    """The report's source (sidebar, URL): a meeting or a date, and an optional 'since'."""
    t, filters = view.t, view.filters
    meetings = all_meetings(view.db, filters.plan_id)
    by_name = {m.name: m for m in meetings}
    options = [*reversed(list(by_name)), ""]
    chosen = option_filter(
        view,
        "meeting",
        t("report.source"),
        options,
        lambda n: f"{n} ({t.date(by_name[n].date)})" if n else t("report.source_date"),
        default=options[0],
    )
    lo, hi, default_end = plan_bounds(view.plan, view.today)
    meeting = by_name.get(chosen)
    if meeting is None:
        as_of = date_filter(
            view, "to", t("report.as_of"), default=default_end, lo=lo, hi=max(hi, default_end)
        )
    else:
        as_of = meeting.date
    earlier = [m for m in meetings if m.date < as_of]
    compare = [*(m.name for m in reversed(earlier))]
    starts = periods.since_choices(as_of)  # or the start of this tertial, half-year …

    def compare_label(n: str) -> str:
        if not n:
            return t("report.compare_default")
        if n in starts:
            return periods.since_label(n, starts[n], t)
        return f"{n} ({t.date(by_name[n].date)})"

    since_name = option_filter(
        view, "since_meeting", t("report.compare"), ["", *compare, *starts], compare_label,
        default="",
    )  # fmt: skip
    since = starts.get(since_name) or (by_name[since_name].date if since_name else None)
    return meeting, as_of, since


def preview(report: Report, t: Translator) -> None:
    """The report as shown on the page: header, overall status and each goal."""
    st.caption(md(report.kicker))
    st.subheader(md(report.title))
    st.markdown(f"**{md(report.subtitle)}**")
    sections.table(pd.DataFrame(report.meta, columns=[t("report.field"), t("report.value")]))
    st.markdown(f"#### {report.labels['overall']}")
    st.markdown(md(report.summary))
    overview = _frame(report.overview)
    sections.table(overview, status_columns=())
    legend = " · ".join(badge for _, badge in report.status_legend())
    st.caption(f"{report.labels['legend']}: {legend}")
    st.markdown(f"#### {report.labels['plan_attention']}")
    if report.attention.empty:
        st.markdown(md(report.labels["plan_attention_none"]))
    else:
        st.caption(md(report.labels["plan_attention_intro"]))
        sections.table(_frame(report.attention), wide_columns=tuple(report.attention.columns[1:]))
    for goal in report.goals:
        with st.expander(f"{goal.number}. {md(goal.title)} — {goal.progress_text}", expanded=False):
            st.markdown(md(goal.paragraph))
            if goal.forecast_line:
                st.markdown(md(goal.forecast_line))
            # A goal of a region's plan has a hundred measures or more: its lists are
            # shown in part, with a button for all (docs/performance.md)
            if not goal.measures.empty:
                sections.long_table(
                    _frame(goal.measures),
                    f"report_measures_{goal.goal_id}",
                    status_columns=(t("col.status"),),
                    downloads=False,
                )
            if not goal.attention.empty:
                st.markdown(f"**{report.labels['attention']}**")
                sections.long_table(
                    _frame(goal.attention),
                    f"report_attention_{goal.goal_id}",
                    status_columns=(t("col.status"),),
                    downloads=False,
                )
    for note in report.notes:
        st.caption(md(note))


def _document(report: Report, fmt: str) -> bytes:
    return reports.render(report, fmt)[1]


def downloads(report: Report, t: Translator) -> None:
    """Word, PowerPoint and PDF, each built when its button is pressed."""
    st.markdown(f"#### {t('report.download')}")
    row = st.container(horizontal=True, gap="small")
    for fmt, label in _FORMATS:
        chosen = reports.FORMATS[fmt]
        row.download_button(
            label,
            data=functools.partial(_document, report, fmt),  # built when pressed
            file_name=report.file_stem + chosen.extension,
            mime=chosen.mime,
            key=f"report_{fmt}",
            icon=":material/download:",
            type="primary" if fmt == "docx" else "secondary",
        )
    st.caption(t("report.download_help", stem=report.file_stem))


def meetings_admin(view: View, recorded: str | None = None) -> None:
    """For the secretariat: the plan's meetings, recording one, removing one.

    ``recorded`` says which meeting the last run recorded (shown by the form, where the
    secretariat is).
    """
    t, db, plan_id = view.t, view.db, view.filters.plan_id
    st.divider()
    st.subheader(t("meeting.list_title"))
    meetings = all_meetings(db, plan_id)
    if not meetings:
        st.info(t("meeting.none"))
    else:
        frame = pd.DataFrame(
            {
                t("meeting.col_name"): [m.name for m in meetings],
                t("meeting.col_date"): [t.date(m.date) for m in meetings],
                t("meeting.col_recorded"): [t.datetime(m.recorded_at) for m in meetings],
                t("meeting.col_by"): [m.recorded_by for m in meetings],
                t("col.illustrative"): [
                    t("report.yes") if m.illustrative else "" for m in meetings
                ],
            }
        )
        sections.table(frame[::-1].reset_index(drop=True))
    if not may("secretariat"):
        return
    if recorded:
        st.success(recorded)
    with st.form("record_meeting", clear_on_submit=True):
        st.markdown(f"**{t('meeting.record_title')}**")
        st.caption(t("meeting.record_help"))
        left, right = st.columns([3, 2])
        name = left.text_input(
            t("meeting.name"), placeholder=t("meeting.name_placeholder"), max_chars=80
        )
        date = right.date_input(
            t("meeting.date"), value=view.today, max_value=view.today, format="DD.MM.YYYY"
        )
        submitted = st.form_submit_button(t("meeting.record_button"), type="primary")
    if submitted:
        user = _who()
        try:
            meeting = record(db, plan_id, name, date, by=user, today=view.today)
        except Refused as refused:
            st.error(refused.message(t, markdown=True))
        else:
            count = snapshot_size(db, meeting.id)
            message = t(
                "meeting.recorded", name=md(meeting.name), date=t.date(meeting.date), n=count
            )
            # Start over with the new meeting as the source: this run's report and
            # downloads were built from the choice made before it existed.
            st.session_state[_RECORDED] = (plan_id, meeting.name, message)
            st.rerun()
    if meetings:
        with st.expander(t("meeting.remove_title")):
            st.caption(t("meeting.remove_help"))
            names = [m.name for m in reversed(meetings)]
            target = st.selectbox(t("meeting.col_name"), names, key="remove_meeting_pick")
            sure = st.checkbox(
                t("meeting.remove_confirm", name=md(target)), key="remove_meeting_ok"
            )
            if st.button(t("meeting.remove_button"), disabled=not sure, key="remove_meeting"):
                meeting = next(m for m in meetings if m.name == target)
                remove(db, meeting.id)
                for name in ("meeting", "since_meeting"):  # a choice that no longer exists
                    forget(name, target)
                st.success(t("meeting.removed", name=md(target)))
                st.rerun()


def _who() -> str:
    user = frame.user()
    return user.name if user is not None else "secretariat"


def _take_recorded(view: View) -> str | None:
    """A meeting recorded in the last run becomes the source; returns what to say."""
    recorded = st.session_state.pop(_RECORDED, None)
    if recorded is None or recorded[0] != view.filters.plan_id:
        return None
    _plan_id, name, message = recorded
    preset("meeting", name)
    preset("since_meeting", "")  # against the meeting before it
    return message


def _meeting_key(meeting: Meeting) -> tuple[int, dt.datetime]:
    """A recorded meeting as the report cache tells it apart: its row and when it was
    recorded (a meeting recorded again under its name is a new report)."""
    return meeting.id, meeting.recorded_at


@st.cache_data(show_spinner=False, max_entries=_ENTRIES, hash_funcs={Meeting: _meeting_key})
def _report(
    _db: Database,
    key: tuple,
    plan_id: str,
    meeting: Meeting | None,
    as_of: dt.date | None,
    since: dt.date | None,
    lang: str,
    today: dt.date,
) -> Report:
    return reports.report_for(
        _db,
        plan_id,
        Translator(lang),
        meeting=meeting,
        as_of=as_of,
        since=since,
        generated=today,
        read_forecasts=forecast_ui.goal_forecasts,  # shared with Oversikt, Mål, Presentasjon
    )


def build_report(
    view: View, meeting: Meeting | None, as_of: dt.date, since: dt.date | None
) -> Report:
    """The report of the choice, built once per choice and state of the data for every
    session (the board's members open the same report).

    Reruns that change neither (a click in the preview, a download, the meetings list)
    and other sessions reuse it; the files themselves are built only when a download
    button is pressed. The key holds the data version (:func:`cached.data_key`), which
    every upload, edit, undo and meeting raises: a write shows on the next run.
    """
    db = view.db
    return _report(
        db,
        cached.data_key(db),
        view.filters.plan_id,
        meeting,
        None if meeting else as_of,
        since,
        view.t.lang,
        view.today,
    )


def render(view: View) -> None:
    """The whole page below the filters."""
    t = view.t
    recorded = _take_recorded(view)
    meeting, as_of, since = choose(view)
    st.title(t("report.page_title"))
    st.markdown(f"**{md(view.plan['name'])}** · {md(view.plan['organisation'])}")
    st.caption(t("report.intro"))
    report = build_report(view, meeting, as_of, since)
    downloads(report, t)
    preview(report, t)
    meetings_admin(view, recorded)
