"""Kom i gang: an organisation's own plan from an empty start, and the empty state.

Four steps, each showing whether it is done: create the plan (and organisation),
download the templates filled with what the plan has, upload goals and measures,
give colleagues accounts. The administrator can also remove the demo plans here.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from dashboard import plans, queries, settings, tables
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.refusal import Refused
from dashboard.ui import publish, sections
from dashboard.ui.state import View, database

START_PAGE = "pages/kom_i_gang.py"
_NEW_ORG = ""
_NOTICE = "_planpuls_start_notice"
_RESET = "_planpuls_start_reset"
_SUGGESTED = "_planpuls_start_suggested"
_FIELDS = (
    "start_name",
    "start_id",
    "start_org",
    "start_org_name",
    "start_parent",
    "start_description",
)


def _who():
    from dashboard.ui.frame import user  # (frame imports the pages' state; import late)

    return user()


def empty_state(t: Translator) -> None:
    """What a page shows when there is no plan: a friendly line, and the way on for staff."""
    who = _who()
    if who is not None and who.may("secretariat"):
        st.info(t("common.no_plans_staff"), icon=":material/rocket_launch:")
        st.page_link(START_PAGE, label=t("start.nav"), icon=":material/arrow_forward:")
    else:
        st.info(t("common.no_plans"), icon=":material/hourglass_empty:")


def _checklist(t: Translator, progress: dict[str, int]) -> None:
    st.subheader(t("start.progress"))
    lines = []
    for key in ("plans", "goals", "measures", "users"):
        done = progress[key] > 0
        mark = ":green[**✓**]" if done else ":gray[**○**]"
        word = t("start.done") if done else t("start.todo")
        label = t(f"start.check.{'plan' if key == 'plans' else key}")
        lines.append(f"{mark} {label} — *{word}*")
    st.markdown("  \n".join(lines))


def _suggest_id() -> None:
    """Let the id follow the name until the person writes an id of their own."""
    current = st.session_state.get("start_id", "")
    if current in ("", st.session_state.get(_SUGGESTED, "")):
        suggested = plans.suggest_id(st.session_state.get("start_name", ""))
        st.session_state["start_id"] = suggested
        st.session_state[_SUGGESTED] = suggested


def _create_step(t: Translator, active: pd.DataFrame) -> None:
    """Step 1: open while there is no plan, folded away once there is one."""
    st.subheader(t("start.step1"))
    if active.empty:
        _create_form(t, active)
    else:
        with st.expander(t("start.create_another"), icon=":material/add:"):
            _create_form(t, active)


def _create_form(t: Translator, active: pd.DataFrame) -> None:
    db = database()
    st.caption(t("start.step1_help"))
    if st.session_state.pop(_RESET, False):
        for key in (*_FIELDS, _SUGGESTED):
            st.session_state.pop(key, None)
    name = st.text_input(
        t("start.name"), key="start_name", on_change=_suggest_id,
        placeholder=t("start.name_placeholder"), max_chars=plans.MAX_NAME,
    )  # fmt: skip
    plan_id = st.text_input(t("start.id"), key="start_id", max_chars=plans.MAX_ID)
    orgs = plans.organisations(db)
    org_options = [*orgs, _NEW_ORG]
    default_org = active["organisation"].iloc[0] if not active.empty else None
    org = st.selectbox(
        t("start.organisation"),
        org_options,
        index=org_options.index(default_org) if default_org in org_options else 0,
        format_func=lambda o: o or t("start.new_organisation"),
        key="start_org",
    )
    if org == _NEW_ORG:
        org = st.text_input(t("start.organisation_name"), key="start_org_name")
    today = settings.today()
    left, right = st.columns(2)
    start = left.date_input(
        t("start.period_start"), value=dt.date(today.year, 1, 1), format="DD.MM.YYYY",
        key="start_from",
    )  # fmt: skip
    end = right.date_input(
        t("start.period_end"), value=dt.date(today.year, 12, 31), format="DD.MM.YYYY",
        key="start_to",
    )  # fmt: skip
    left, right = st.columns(2)
    cadence = left.number_input(
        t("start.cadence"), min_value=1, max_value=plans.MAX_CADENCE, step=1,
        value=settings.cadence_days(), help=t("start.cadence_help"), key="start_cadence",
    )  # fmt: skip
    names = dict(zip(active["id"], active["name"], strict=True))
    parent = right.selectbox(
        t("start.parent"),
        ["", *names],
        format_func=lambda p: names.get(p) or t("start.no_parent"),
        key="start_parent",
    )
    description = st.text_area(t("start.description"), key="start_description", height=80)
    if st.button(t("start.create"), type="primary", key="start_create", icon=":material/add:"):
        who = _who()
        if who is None or not who.may("secretariat"):  # checked again when writing
            st.error(t("start.not_allowed"))
            return
        new = plans.NewPlan(
            plan_id, name, org, start, end, int(cadence), parent or None, description
        )
        try:
            batch = plans.create_plan(db, new, by=who.name)
        except Refused as refused:
            st.error(refused.message(t, markdown=True), icon=":material/error:")
            return
        st.session_state[_NOTICE] = t("start.created", name=md(" ".join(name.split())), batch=batch)
        st.session_state[_RESET] = True
        st.session_state["start_template_plan"] = plan_id.strip()
        st.rerun()


def _templates(t: Translator, active: pd.DataFrame) -> str | None:
    """Step 2; returns the plan chosen for the templates and the upload."""
    from dashboard.ui import upload  # (the upload flow's own template buttons)

    st.subheader(t("start.step2"))
    st.caption(t("start.step2_help"))
    if active.empty:
        return None
    names = dict(zip(active["id"], active["name"], strict=True))
    if st.session_state.get("start_template_plan") not in names:
        st.session_state["start_template_plan"] = active["id"].iloc[0]
    plan_id = st.selectbox(
        t("start.template_plan"), list(names), format_func=names.__getitem__,
        key="start_template_plan",
    )  # fmt: skip
    plan = active.set_index("id").loc[plan_id].copy()
    plan["id"] = plan_id
    today = settings.today()
    view = View(
        db=database(), t=t, plan=plan, filters=queries.Filters(plan_id, today, today), today=today
    )
    upload.template_downloads(view)
    return plan_id


def _next_steps(t: Translator, plan_id: str | None) -> None:
    st.subheader(t("start.step3"))
    st.caption(t("start.step3_help"))
    st.page_link(
        "pages/last_opp.py", label=t("start.to_upload"), icon=":material/upload_file:",
        query_params={"plan": plan_id} if plan_id else None, disabled=plan_id is None,
    )  # fmt: skip
    st.subheader(t("start.step4"))
    who = _who()
    if who is not None and who.may("admin"):
        st.caption(t("start.step4_admin"))
        st.page_link(
            "pages/brukere.py", label=t("start.to_users"), icon=":material/manage_accounts:"
        )
    else:
        st.caption(t("start.step4_secretariat"))


def _plan_list(t: Translator) -> None:
    db = database()
    every = plans.list_plans(db)
    if every.empty:
        return
    st.subheader(t("start.plans"))
    sections.table(tables.plan_list(every, t))
    with st.expander(t("start.archive")):
        st.caption(t("start.archive_help"))
        label = dict(zip(every["id"], every["name"], strict=True))
        in_use = every.loc[every["archived_at"].isna(), "id"].tolist()
        archived = every.loc[every["archived_at"].notna(), "id"].tolist()
        left, right = st.columns(2)
        with left:
            chosen = st.selectbox(
                t("start.active"), in_use, format_func=label.__getitem__, key="start_archive_id"
            )
            if st.button(t("start.archive_button"), key="start_archive", disabled=not in_use):
                _archive(t, chosen, True)
        with right:
            back = st.selectbox(
                t("start.archived"), archived, format_func=label.__getitem__,
                key="start_unarchive_id",
            )  # fmt: skip
            if st.button(t("start.unarchive_button"), key="start_unarchive", disabled=not archived):
                _archive(t, back, False)


def _archive(t: Translator, plan_id: str, archive: bool) -> None:
    who = _who()
    if who is None or not who.may("secretariat"):
        st.error(t("start.not_allowed"))
        return
    try:
        if archive:
            plans.archive_plan(database(), plan_id, by=who.name)
        else:
            plans.unarchive_plan(database(), plan_id)
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return
    done = "start.archived_done" if archive else "start.unarchived_done"
    st.session_state[_NOTICE] = t(done, id=plan_id)
    st.rerun()


def _remove_demo(t: Translator) -> None:
    db = database()
    demo = plans.demo_plans(db)
    who = _who()
    if demo.empty or who is None or not who.may("admin"):
        return
    st.divider()
    st.subheader(t("start.demo"))
    st.caption(t("start.demo_help"))
    st.markdown("\n".join(f"- {md(name)}" for name in demo["name"]))
    word = t("start.demo_word")
    typed = st.text_input(t("start.demo_confirm", word=word), key="start_demo_confirm")
    confirmed = typed.strip().upper() == word
    if st.button(
        t("start.demo_button"), key="start_demo_remove", disabled=not confirmed,
        icon=":material/delete_forever:",
    ):  # fmt: skip
        who = _who()
        if who is None or not who.may("admin") or not confirmed:
            st.error(t("start.demo_admin_only"))
            return
        try:
            removed = plans.remove_demo(db, by=who.name)
        except Refused as refused:
            st.error(refused.message(t, markdown=True), icon=":material/error:")
            return
        notice = t("start.demo_removed", plans=md(", ".join(demo["name"])))
        if removed.undone:
            batches = ", ".join(map(str, removed.undone))
            notice += " " + t("start.demo_removed_undone", batches=batches)
        st.session_state[_NOTICE] = notice
        st.rerun()


def render(t: Translator) -> None:
    """The Kom i gang page."""
    st.title(t("start.title"))
    st.caption(t("start.intro"))
    notice = st.session_state.pop(_NOTICE, None)
    if notice:
        st.success(notice, icon=":material/check_circle:")
    db = database()
    _checklist(t, plans.setup_progress(db))
    active = queries.plans(db)
    _create_step(t, active)
    plan_id = _templates(t, active)
    _next_steps(t, plan_id)
    _plan_list(t)
    publish.section(t)  # the public status page (admins)
    _remove_demo(t)
