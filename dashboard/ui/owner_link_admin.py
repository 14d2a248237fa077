"""The secretariat's side of owners' personal links (issue 15).

On Ansvarlige: per owner "Lag lenke" (the address to copy, shown once) and "Trekk
tilbake", the plan's setting "updates from owners need approval" and the list of
links. On Importhistorikk: the queue of reports waiting for approval, each approved
(one import batch) or returned with a comment.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pandas as pd
import streamlit as st

from dashboard import owner_links, queries, settings
from dashboard.db import Database
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.labels import STATUS_BY_ID
from dashboard.refusal import Refused
from dashboard.ui import frame
from dashboard.ui.state import View, database

_MADE = "_planpuls_link_made"
_QUEUE_DONE = "_planpuls_queue_done"
_APPROVAL_DONE = "_planpuls_approval_done"


def base_url() -> str:
    """The app's address as the visitor reached it: the start of every link made on a
    page (Lag lenke, and the reminders sent from Ansvarlige)."""
    base = "/" + st.get_option("server.baseUrlPath").strip("/")
    base = "" if base == "/" else base
    seen = st.context.url
    if seen:
        parts = urlsplit(seen)
        base = f"{parts.scheme}://{parts.netloc}{base}"
    return base


def _secretariat() -> str | None:
    who = frame.user()
    return who.name if who is not None and who.may("secretariat") else None


def links_section(view: View) -> None:
    """Ansvarlige: make and revoke owners' links, the approval setting, the list."""
    by = _secretariat()
    if by is None:
        return
    t, db, plan_id = view.t, view.db, view.filters.plan_id
    owners = queries.owners(db, plan_id)
    if owners.empty:
        return
    st.subheader(t("ownerlink.manage"))
    st.caption(t("ownerlink.manage_help", days=t.number(settings.link_days())))
    made = st.session_state.pop(_MADE, None)
    if made is not None and made[0] == plan_id:
        _plan, owner, link, expires = made
        st.success(t("ownerlink.made", owner=md(owner), date=t.date(expires)))
        st.code(link, language=None, wrap_lines=True)
    names = owners["name"].tolist()
    chosen = st.selectbox(t("ownerlink.owner"), names, key=f"link_owner_{plan_id}")
    with st.container(horizontal=True, gap="small"):
        make = st.button(t("ownerlink.make"), key="link_make", icon=":material/link:")
        revoke = st.button(t("ownerlink.revoke"), key="link_revoke", icon=":material/link_off:")
    try:
        if make:
            token = owner_links.issue(db, plan_id, chosen, by=by)
            link = owner_links.url(base_url(), token)
            st.session_state[_MADE] = (plan_id, chosen, link, owner_links.expires(db, token))
            st.rerun()
        if revoke:
            ended = owner_links.revoke(db, plan_id, chosen, by=by)
            st.success(t("ownerlink.revoked", n=t.number(ended), owner=md(chosen)))
        _approval(t, db, plan_id, by)
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
    listed = owner_links.listing(db, plan_id)
    if not listed.empty:
        with st.expander(t("ownerlink.links"), icon=":material/list:"):
            st.dataframe(_links_table(listed, t), hide_index=True)


def _approval(t: Translator, db: Database, plan_id: str, by: str) -> None:
    """The plan's switch "updates from owners need approval": each change one import
    batch (Importhistorikk lists and undoes it); who changed it last and when."""
    notice = st.session_state.pop(_APPROVAL_DONE, None)
    if notice is not None and notice[0] == plan_id:
        st.success(notice[1], icon=":material/check_circle:")
    current = owner_links.approval(db, plan_id)
    # keyed by the batch in force: after an undo on Importhistorikk the switch shows the truth
    wanted = st.toggle(
        t("ownerlink.approval"),
        value=current.needs,
        help=t("ownerlink.approval_help"),
        key=f"link_approval_{plan_id}_{current.batch_id}",
    )
    if wanted != current.needs:
        batch = owner_links.set_needs_approval(db, plan_id, wanted, by=by)
        if batch is not None:
            done = "ownerdone.approval_on" if wanted else "ownerdone.approval_off"
            st.session_state[_APPROVAL_DONE] = (plan_id, t(done, batch=batch))
        st.rerun()
    if current.changed_at is not None:
        st.caption(
            t(
                "ownerdone.approval_since",
                date=t.datetime(current.changed_at),
                by=md(current.changed_by or ""),
            )
        )


def _links_table(listed: pd.DataFrame, t: Translator) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("ownerlink.owner"): listed["owner"],
            t("ownerlink.col_created"): [t.datetime(v) for v in listed["created_at"]],
            t("ownerlink.col_by"): listed["created_by"],
            t("ownerlink.col_expires"): [t.datetime(v) for v in listed["expires_at"]],
            t("ownerlink.col_used"): [
                "–" if pd.isna(v) else t.datetime(v) for v in listed["last_used_at"]
            ],
            t("ownerlink.col_state"): [t(f"ownerlink.state.{s}") for s in listed["state"]],
            t("ownerdone.col_revoked"): [
                "–" if pd.isna(v) else t.datetime(v) for v in listed["revoked_at"]
            ],
            t("ownerdone.col_revoked_by"): [
                "–" if pd.isna(v) else str(v) for v in listed["revoked_by"]
            ],
        }
    )


def queue_section(t: Translator) -> None:
    """Importhistorikk: each plan's reports waiting for approval, approve or return."""
    by = _secretariat()
    if by is None:
        return
    db = database()
    done = st.session_state.pop(_QUEUE_DONE, None)
    if done:
        st.success(done)
    asked = owner_links.plans_waiting(db)
    waiting = [
        (plan_id, queue)
        for plan_id in queries.plans(db)["id"]
        if plan_id in asked and not (queue := owner_links.pending(db, plan_id)).empty
    ]
    if not waiting:
        return
    st.subheader(t("ownerlink.queue"))
    for _plan_id, queue in waiting:
        for number, rows in queue.groupby("id", sort=False):
            _queued(t, int(number), rows, by)


def _queued(t: Translator, number: int, rows: pd.DataFrame, by: str) -> None:
    first = rows.iloc[0]
    with st.container(border=True, key=f"queue_{number}"):
        st.markdown(
            "**"
            + t(
                "ownerlink.queue_item",
                id=number,
                owner=md(first["owner"]),
                when=t.datetime(first["submitted_at"]),
            )
            + "**"
        )
        st.dataframe(
            pd.DataFrame(
                {
                    t("col.measure"): [
                        f"{m} «{title}»"
                        for m, title in zip(rows["measure_id"], rows["title"], strict=True)
                    ],
                    t("ownerlink.status"): [
                        STATUS_BY_ID[s].badge(t.lang) if s in STATUS_BY_ID else s
                        for s in rows["status"]
                    ],
                    t("ownerlink.progress"): [
                        "–" if pd.isna(p) else t.percent(float(p)) for p in rows["progress"]
                    ],
                    t("ownerlink.comment"): ["" if pd.isna(c) else c for c in rows["comment"]],
                }
            ),
            hide_index=True,
        )
        comment = st.text_input(t("ownerlink.give_back_comment"), key=f"queue_comment_{number}")
        with st.container(horizontal=True, gap="small"):
            approve = st.button(
                t("ownerlink.approve"), key=f"queue_approve_{number}", type="primary"
            )
            give_back = st.button(t("ownerlink.give_back"), key=f"queue_return_{number}")
        try:
            if approve:
                batch = owner_links.approve(database(), number, by=by)
                st.session_state[_QUEUE_DONE] = t("ownerlink.approved", id=number, batch=batch)
                st.rerun()
            if give_back:
                owner_links.give_back(database(), number, comment, by=by)
                st.session_state[_QUEUE_DONE] = t(
                    "ownerlink.given_back", id=number, owner=md(first["owner"])
                )
                st.rerun()
        except Refused as refused:  # (a report the plan no longer takes: ReportRefused)
            st.error(refused.message(t, markdown=True))
