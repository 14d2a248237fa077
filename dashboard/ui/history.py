"""The import history and undoing a batch."""

from __future__ import annotations

import streamlit as st

from dashboard import tables
from dashboard.i18n import Translator
from dashboard.ingest.batches import UndoRefused, history, undo
from dashboard.ui import sections
from dashboard.ui.frame import user
from dashboard.ui.state import database

_DONE = "_planpuls_undo_done"


def render(t: Translator) -> None:
    """The list of batches and the undo control."""
    db = database()
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    batches = history(db)
    if batches.empty:
        st.info(t("history.none"))
        return
    sections.table(tables.batches(batches, t), download_name="importhistorikk")
    committed = batches[batches["state"] == "committed"]
    if committed.empty:
        return
    st.subheader(t("history.undo"))
    labels = {
        int(b.id): t("history.option", id=b.id, file=b.file_name, when=t.date(b.created_at))
        for b in committed.itertuples()
    }
    batch_id = st.selectbox(
        t("history.pick"), list(labels), format_func=labels.__getitem__, key="undo_batch"
    )
    st.caption(t("history.undo_help"))
    sure = st.checkbox(t("history.confirm", id=batch_id), key=f"undo_sure_{batch_id}")
    who = user()
    if st.button(t("history.undo_button", id=batch_id), disabled=not sure, key="undo_go"):
        if who is None or not who.may("secretariat"):
            st.error(t("auth.not_allowed"))
            return
        by = who.name
        try:
            undo(db, batch_id, by=by)
        except UndoRefused as refused:
            params = {
                k: (", ".join(map(str, v)) if isinstance(v, list) else v)
                for k, v in refused.params.items()
            }
            st.error(t(f"undo.{refused.code}", **params))
            return
        st.session_state[_DONE] = t("history.undone", id=batch_id)
        st.rerun()
