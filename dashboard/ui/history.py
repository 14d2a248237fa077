"""The import history and undoing a batch."""

from __future__ import annotations

import streamlit as st

from dashboard import tables
from dashboard.demo import DEMO_BATCH_KIND
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.ingest.batches import history, is_large, latest, plans_added, undo
from dashboard.refusal import Refused
from dashboard.ui import sections
from dashboard.ui.frame import user
from dashboard.ui.state import database

_DONE = "_planpuls_undo_done"
_SHOWN = "_planpuls_history_shown"
#: Batches listed at first, and how many more each "show more" adds.
PAGE_ROWS = 100


def render(t: Translator) -> None:
    """The list of batches and the undo control."""
    db = database()
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    limit = st.session_state.get(_SHOWN, PAGE_ROWS)
    batches = latest(db, limit)
    if batches.empty:
        st.info(t("history.none"))
        return
    total = int(batches["total"].iloc[0])
    batches = batches.drop(columns=["total"])
    sections.table(
        tables.batches(batches, t),
        download_name="importhistorikk",
        download_all=lambda: tables.batches(history(db), t),
    )
    if total > len(batches):
        st.caption(t("perf.batches_shown", shown=t.number(len(batches)), total=t.number(total)))
        if st.button(t("perf.show_more"), key="history_more", icon=":material/expand_more:"):
            st.session_state[_SHOWN] = limit + PAGE_ROWS
            st.rerun()
    committed = batches[batches["state"] == "committed"]
    if committed.empty:
        return
    st.subheader(t("history.undo"))
    labels = {
        int(b.id): t("history.option", id=b.id, file=b.file_name, when=t.datetime(b.created_at))
        for b in committed.itertuples()
    }
    # The newest upload that is not the demo: undoing the demo removes whole plans.
    kinds = committed["kind"].tolist()
    default = next((i for i, kind in enumerate(kinds) if kind != DEMO_BATCH_KIND), 0)
    batch_id = st.selectbox(
        t("history.pick"),
        list(labels),
        index=default,
        format_func=labels.__getitem__,
        key="undo_batch",
    )
    st.caption(t("history.undo_help"))
    sure = _confirmed(db, t, committed.set_index("id").loc[batch_id], batch_id)
    who = user()
    if st.button(
        t("history.undo_button", id=batch_id), disabled=not sure, key="undo_go", type="primary"
    ):
        if who is None or not who.may("secretariat"):
            st.error(t("auth.not_allowed"))
            return
        by = who.name
        try:
            undo(db, batch_id, by=by)
        except Refused as refused:
            st.error(refused.message(t, markdown=True))
            return
        st.session_state[_DONE] = t("history.undone", id=batch_id)
        st.rerun()


def _confirmed(db, t: Translator, batch, batch_id: int) -> bool:
    """A tick for an ordinary upload; its number typed for one that holds a whole plan or
    more than a few hundred rows (one careless tick would take the plan away)."""
    added, changed = int(batch["rows_added"]), int(batch["rows_changed"])
    plans = plans_added(db, batch_id)
    if not is_large(added, changed, plans):
        return st.checkbox(t("history.confirm", id=batch_id), key=f"undo_sure_{batch_id}")
    rows = t.number(added + changed)
    if plans:
        names = ", ".join(f"«{p}»" for p in plans)
        key = "history.large_plan" if len(plans) == 1 else "history.large_plans"
        st.warning(t(key, id=batch_id, plans=md(names), rows=rows))
    else:
        st.warning(t("history.large_rows", id=batch_id, rows=rows))
    typed = st.text_input(t("history.type_number", id=batch_id), key=f"undo_typed_{batch_id}")
    return typed.strip() == str(batch_id)
