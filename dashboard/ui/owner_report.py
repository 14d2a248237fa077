"""Rapporter status: an owner reports their own open measures through a personal link.

Phone first: one bordered block per measure (title, goal and due date, the last
status, progress and comment), then a new status, progress and comment, and one
Send for them all. Nothing else of the plan is shown; the menu of other pages is
hidden (frame.navigation) and the page needs no account (frame.LINK).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import owner_links
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.ingest import report as upload_report
from dashboard.ingest.kinds import COMMENT_MAX
from dashboard.labels import STATUS_BY_ID, STATUS_IDS
from dashboard.refusal import Refused
from dashboard.ui import session
from dashboard.ui.state import database

_SCOPE = "_planpuls_link_scope"
_DONE = "_planpuls_link_done"


def _scope(t: Translator, token: str | None) -> owner_links.Scope:
    """The link's scope, checked once per session and link; a refusal stops the page."""
    known = st.session_state.get(_SCOPE)
    if known is not None and known[0] == token:
        return known[1]
    try:
        scope = owner_links.resolve(database(), token, address=session.client_address())
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        if refused.code != "throttled":
            st.caption(t("ownerlink.ask_again"))
        st.stop()
    st.session_state[_SCOPE] = (token, scope)
    return scope


def _status_word(t: Translator, status: str) -> str:
    found = STATUS_BY_ID.get(status)
    return status if found is None else found.badge(t.lang)


def _last(t: Translator, measure: pd.Series) -> str:
    values = {
        "status": _status_word(t, measure["status"]),
        "progress": t.percent(float(measure["progress"])),
    }
    if pd.isna(measure["last_update"]):
        return t("ownerlink.never", **values)
    return t("ownerlink.last", date=t.date(measure["last_update"]), **values)


def _keys(measure_id: str) -> tuple[str, str, str]:
    return f"link_status_{measure_id}", f"link_progress_{measure_id}", f"link_comment_{measure_id}"


def _used(t: Translator, scope: owner_links.Scope) -> None:
    """At the top: when the owner last reported (through this link or an earlier one),
    how many measures, and what became of it; a correction is a new report."""
    last = owner_links.last_report(database(), scope)
    if last is None:
        return
    form = "one" if last.measures == 1 else "other"
    said = t(
        f"ownerdone.{'used' if last.this_link else 'earlier'}.{form}",
        n=t.number(last.measures),
        when=t.datetime(last.sent_at),
    )
    decided = "" if last.decided_at is None else t.datetime(last.decided_at)
    state = t(f"ownerdone.state.{last.state}", date=decided, comment=md(last.comment or ""))
    text = f"{said} {state} {t('ownerdone.correct')}"
    if last.state in ("returned", "undone"):
        st.warning(text, icon=":material/undo:")
    else:
        st.info(text, icon=":material/history:")


def render(t: Translator) -> None:
    """The page: the owner's measures and the form that reports them."""
    st.title(t("ownerlink.title"))
    token = st.query_params.get("link")
    scope = _scope(t, token)
    db = database()
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    else:  # (just sent: the thanks above say what became of it)
        _used(t, scope)
    st.write(t("ownerlink.intro", owner=md(scope.owner), plan=md(scope.plan_name)))
    measures = owner_links.measures(db, scope)
    if measures.empty:
        st.info(t("ownerlink.none"))
        st.caption(t("ownerlink.reuse", date=t.date(scope.expires_at)))
        return
    st.caption(t("ownerlink.how"))
    with st.form("owner_report", border=False):
        for measure in (row for _, row in measures.iterrows()):
            _measure_block(t, measure)
        sent = st.form_submit_button(
            t("ownerlink.send"), type="primary", icon=":material/send:", width="stretch"
        )
    st.caption(t("ownerlink.reuse", date=t.date(scope.expires_at)))
    if sent:
        _send(t, token, measures)


def _measure_block(t: Translator, measure: pd.Series) -> None:
    status_key, progress_key, comment_key = _keys(measure["id"])
    with st.container(border=True, key=f"link_measure_{measure['id']}"):
        st.markdown(f"**{md(measure['title'])}**")
        facts = [md(measure["goal_title"])]
        if pd.notna(measure["due_date"]):
            facts.append(t("ownerlink.due", date=t.date(measure["due_date"])))
        st.caption(" · ".join(facts))
        st.markdown(_last(t, measure))
        if pd.notna(measure["last_comment"]) and str(measure["last_comment"]).strip():
            st.caption(t("ownerlink.last_comment", comment=md(measure["last_comment"])))
        st.selectbox(
            t("ownerlink.status"),
            STATUS_IDS,
            index=STATUS_IDS.index(measure["status"]) if measure["status"] in STATUS_IDS else 0,
            format_func=lambda s: _status_word(t, s),
            key=status_key,
        )
        st.number_input(
            t("ownerlink.progress"),
            min_value=0,
            max_value=100,
            step=5,
            value=round(float(measure["progress"])),
            key=progress_key,
        )
        st.text_area(t("ownerlink.comment"), max_chars=COMMENT_MAX, height=80, key=comment_key)


def _reports(measures: pd.DataFrame) -> list[owner_links.Report]:
    """The measures the owner changed or commented on, as reports."""
    reports = []
    for measure in (row for _, row in measures.iterrows()):
        status_key, progress_key, comment_key = _keys(measure["id"])
        status = st.session_state.get(status_key, measure["status"])
        progress = st.session_state.get(progress_key)
        comment = (st.session_state.get(comment_key) or "").strip()
        old = round(float(measure["progress"]))
        if status != measure["status"] or (progress is not None and progress != old) or comment:
            reports.append(
                owner_links.Report(
                    str(measure["id"]),
                    str(status),
                    None if progress is None else float(progress),
                    comment or None,
                )
            )
    return reports


def _send(t: Translator, token: str | None, measures: pd.DataFrame) -> None:
    reports = _reports(measures)
    try:
        sent = owner_links.submit(database(), token, reports, address=session.client_address())
    except owner_links.ReportRefused as refused:
        st.error(t("ownerlink.problems"))
        _show_problems(t, refused.preview)
        return
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return
    if sent.submission_id is not None:
        message = t("ownerlink.queued", n=t.number(sent.rows))
    elif sent.rows == 1:
        message = t("ownerlink.sent.one")
    else:
        message = t("ownerlink.sent.other", n=t.number(sent.rows))
    for measure_id in measures["id"]:  # the form starts again from the new states
        for key in _keys(measure_id):
            st.session_state.pop(key, None)
    st.session_state[_DONE] = message
    st.rerun()


def _show_problems(t: Translator, preview) -> None:
    for problem in preview.problems:
        st.markdown(
            "- "
            + t(
                "ownerlink.problem",
                measure=md(problem.measure or problem.value),
                column=md(_field(t, problem)),
                what=md(upload_report.problem_text(problem, t)),
            )
        )


def _field(t: Translator, problem) -> str:
    """The problem's field by the label of the form's input (the status file's column
    names are the page's own, never the owner's)."""
    if problem.column in ("status", "progress", "comment"):
        return t(f"ownerlink.{problem.column}")
    return upload_report.column_label(problem, t)
