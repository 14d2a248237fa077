"""Ansvarlige's "Send påminnelser": the reminder text (editable, saved per plan and
language), who gets which mail and who is skipped, the send and its result, and the
reminders sent before. The secretariat and admins only; the core is dashboard/reminders.py.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import mail, reminders, settings, words
from dashboard.inert import md
from dashboard.refusal import Refused
from dashboard.ui import editors, frame, owner_link_admin
from dashboard.ui.state import View

_FLASH = "remind_flash"


def section(view: View) -> None:
    """The reminders section, closed until opened (nothing is read while closed)."""
    if not editors.may_edit(frame.user()):
        return
    t, db, plan_id = view.t, view.db, view.filters.plan_id
    base = f"remind_{plan_id}_{t.lang}"
    version = st.session_state.get(f"{base}_version", 0)
    box = st.expander(
        t("remind.open"), key=f"{base}_open", on_change="rerun", icon=":material/forward_to_inbox:"
    )
    with box:
        for kind, text in st.session_state.pop(_FLASH, []):
            getattr(st, kind)(text)
        if not box.open:
            return
        today = settings.today()
        if not mail.configured():
            st.warning(t("remind.no_smtp"))  # the mail links above still work
        # who gets what (and the send) above the text they are made from
        intro = st.container()
        stored = reminders.template(db, plan_id, t)
        st.markdown(f"**{t('remind.text_title')}**")
        key = f"{base}_{version}"
        subject = st.text_input(t("remind.subject"), stored.subject, key=f"{key}_subject")
        body = st.text_area(t("remind.body"), stored.body, height=260, key=f"{key}_body")
        st.caption(
            t("remind.fields_help", fields=md(", ".join(f"{{{f}}}" for f in reminders.FIELDS)))
        )
        try:
            text = reminders.check_template(subject, body)
        except Refused as refused:
            st.error(refused.message(t, markdown=True))
            return
        if (text.subject, text.body) != (stored.subject, stored.body) and st.button(
            t("remind.save"), key=f"{base}_save", icon=":material/save:"
        ):
            _save(view, base, version, text)
        planned = reminders.plan_reminders(
            db, plan_id, t, reminders.preview_link(t), today=today, text=text
        )
        with intro:
            st.caption(t("remind.caption", since=md(planned.baseline.label(t))))
            _preview(view, planned)
            if planned.mails and st.button(
                t("remind.send", n=len(planned.mails)),
                key=f"{base}_send",
                type="primary",
                icon=":material/send:",
                disabled=not mail.configured(),
            ):
                _send(view, text)
        _history(view)


def _save(view: View, base: str, version: int, text: reminders.Template) -> None:
    t = view.t
    who = frame.user()
    if not editors.may_edit(who):  # the role again, at the moment of saving
        st.error(t("edit.not_allowed"))
        return
    try:
        reminders.save_template(
            view.db, view.filters.plan_id, t.lang, text.subject, text.body, by=who.name
        )
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return
    st.session_state[f"{base}_version"] = version + 1
    st.session_state[_FLASH] = [("success", t("remind.saved"))]
    st.rerun()


def _preview(view: View, planned: reminders.Plan) -> None:
    t = view.t
    st.markdown(f"**{t('remind.preview')}**")
    if planned.mails:
        st.dataframe(
            pd.DataFrame(
                {
                    t("col.owner"): [m.owner for m in planned.mails],
                    t("remind.col.address"): [m.address for m in planned.mails],
                    t("remind.col.measures"): ["; ".join(m.measures) for m in planned.mails],
                }
            ),
            hide_index=True,
        )
        first = planned.mails[0]
        with st.container(border=True):
            st.caption(t("remind.example", owner=md(first.owner)))
            st.text(f"{t('remind.subject')}: {first.subject}\n\n{first.body}")
    else:
        st.info(t("remind.nobody"))
    if planned.skipped:
        st.dataframe(
            pd.DataFrame(
                {
                    t("col.owner"): [s.owner for s in planned.skipped],
                    t("remind.col.reason"): [
                        t(f"remind.reason.{s.reason}", since=planned.baseline.label(t))
                        for s in planned.skipped
                    ],
                }
            ),
            hide_index=True,
        )


def _send(view: View, text: reminders.Template) -> None:
    t = view.t
    who = frame.user()
    if not editors.may_edit(who):
        st.error(t("edit.not_allowed"))
        return
    plan_id = view.filters.plan_id
    try:
        planned = reminders.plan_reminders(
            view.db,
            plan_id,
            t,
            # each mailed owner's personal link, on the address the browser reached the app on
            reminders.links_for(view.db, plan_id, owner_link_admin.base_url(), who.name),
            text=text,
        )
        outcome = reminders.send(view.db, planned, by=who.name, via="page")
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return
    flash = [("success", t("remind.sent", n=len(outcome.sent)))]
    flash += [
        (
            "error",
            t(
                "remind.failed",
                owner=md(f.mail.owner),
                address=md(f.mail.address),
                reason=md(f.reason),
            ),
        )
        for f in outcome.failed
    ]
    st.session_state[_FLASH] = flash
    st.rerun()


def _history(view: View) -> None:
    t = view.t
    sent = reminders.sent(view.db, view.filters.plan_id)
    if sent.empty:
        return
    st.markdown(f"**{t('remind.history')}**")
    st.dataframe(
        pd.DataFrame(
            {
                t("remind.col.sent_at"): [t.datetime(v) for v in sent["sent_at"]],
                t("col.owner"): sent["owner_name"],
                t("remind.col.address"): sent["address"],
                t("remind.col.measures"): [len(v) for v in sent["measure_ids"]],
                t("remind.col.sent_by"): [
                    f"{words.actor(by, t)} ({t(f'remind.via.{via}')})"
                    for by, via in zip(sent["sent_by"], sent["via"], strict=True)
                ],
            }
        ),
        hide_index=True,
    )
