"""Publishing a plan's public status page: the admin's switch on Kom i gang, Oversikt's link.

The page itself is served by dashboard/status_page.py; whether a plan is published is
dashboard/publication.py's (each change an undoable batch).
"""

from __future__ import annotations

from urllib.parse import quote, urlsplit

import streamlit as st

from dashboard import publication, queries
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.refusal import Refused
from dashboard.ui.state import View, database

_NOTICE = "_planpuls_public_notice"


def public_url(plan_id: str) -> str:
    """The plan's public address as this browser reaches the server (a path in tests)."""
    base = "/" + st.get_option("server.baseUrlPath").strip("/")
    base = "" if base == "/" else base
    seen = st.context.url
    if seen:
        parts = urlsplit(seen)
        base = f"{parts.scheme}://{parts.netloc}{base}"
    return publication.status_url(base, quote(plan_id, safe=""))


def _who():
    from dashboard.ui.frame import user  # (frame imports the pages' state; import late)

    return user()


def section(t: Translator) -> None:
    """Kom i gang, for an admin: publish a plan (a switch saying what it means), or not."""
    who = _who()
    if who is None or not who.may("admin"):
        return
    db = database()
    active = queries.plans(db)
    if active.empty:
        return
    st.divider()
    st.subheader(t("public.heading"))
    st.caption(t("public.help"))
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        st.success(notice, icon=":material/check_circle:")
    names = dict(zip(active["id"], active["name"], strict=True))
    plan_id = st.selectbox(
        t("public.plan"), list(names), format_func=names.__getitem__, key="public_plan"
    )
    current = publication.status(db, plan_id)
    # keyed by the batch in force: after an undo elsewhere the switch shows the truth
    wanted = st.toggle(
        t("public.toggle"),
        value=current.published,
        key=f"public_toggle_{plan_id}_{current.batch_id}",
        help=t("public.toggle_help"),
    )
    st.caption(t("public.toggle_help"))
    if wanted != current.published:
        _change(t, plan_id, names[plan_id], wanted)
        return
    if current.published:
        st.caption(t("public.since", date=t.date(current.changed_at), by=md(current.changed_by)))
        st.code(public_url(plan_id), language=None)
        st.caption(t("public.link_help"))
    else:
        st.caption(t("public.not_published"))


def _change(t: Translator, plan_id: str, name: str, publish: bool) -> None:
    who = _who()
    if who is None or not who.may("admin"):  # checked again at the change
        st.error(t("public.admin_only"))
        return
    try:
        if publish:
            batch = publication.publish(database(), plan_id, by=who.name)
        else:
            batch = publication.unpublish(database(), plan_id, by=who.name)
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return
    done = "public.done_published" if publish else "public.done_unpublished"
    st.session_state[_NOTICE] = t(done, name=md(name), batch=batch)
    st.rerun()


def oversikt_link(view: View) -> None:
    """A small link to the plan's public page on Oversikt, when the plan is published."""
    if not publication.status(view.db, view.filters.plan_id).published:
        return
    url = public_url(view.filters.plan_id)
    st.markdown(f":material/public: [{view.t('public.open_link')}]({url})")
