"""Signing in and out, and the administrator's account management."""

from __future__ import annotations

import streamlit as st

from dashboard import auth, tables, words
from dashboard.auth import AuthError
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.refusal import Refused
from dashboard.ui import sections, session
from dashboard.ui.signed_in import signed_in, user
from dashboard.ui.state import database

_DONE = "_planpuls_users_done"


def no_admin_hint(t: Translator) -> None:
    """Say how to create the first administrator when there is none."""
    if not auth.has_admin(database()):
        st.info(t("auth.no_admin"))


def sign_in_page(t: Translator) -> None:
    """The sign-in form, the sign-on button, or who is signed in."""
    st.title(t("auth.title"))
    who = user()
    if who is not None:
        st.success(t("auth.signed_in_as", name=md(who.name), role=t(f"role.{who.role}")))
        return
    no_admin_hint(t)
    if session.sso_configured():
        st.button(
            t("auth.sso"), on_click=st.login, key="sso_login", type="primary", icon=":material/key:"
        )
        st.caption(t("auth.or_local"))
    with st.form("sign_in", border=True):
        name = st.text_input(t("auth.name"), key="sign_in_name", autocomplete="username")
        password = st.text_input(
            t("auth.password"),
            type="password",
            key="sign_in_password",
            autocomplete="current-password",
        )
        submitted = st.form_submit_button(t("auth.sign_in"), type="primary")
    if submitted:
        try:
            session.sign_in(database(), name, password)
        except Refused as error:
            st.error(error.message(t, markdown=True))
            return
        st.rerun()


def users_page(t: Translator) -> None:
    """Accounts, adding one, changing a role or password, removing one; recent changes."""
    db, admin = database(), signed_in()
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    users = auth.list_users(db)
    sections.table(tables.users(users, t))
    roles = list(auth.ROLES)

    def role_word(role: str) -> str:
        return t(f"role.{role}")

    left, right = st.columns(2)
    with left, st.form("add_user", clear_on_submit=True):
        st.subheader(t("users.add"))
        name = st.text_input(t("users.name"), key="add_name")
        role = st.selectbox(t("users.role"), roles, format_func=role_word, key="add_role")
        first = st.text_input(t("auth.password"), type="password", key="add_password")
        second = st.text_input(t("users.repeat"), type="password", key="add_password2")
        if st.form_submit_button(t("users.add"), type="primary"):
            _act(
                t,
                lambda: _add(db, name, role, first, second, admin.name),
                t("users.added", name=md(name)),
            )
    with right:
        if not users.empty:
            st.subheader(t("users.change"))
            target = st.selectbox(t("users.name"), users["name"].tolist(), key="change_user")
            current = users.set_index("name").loc[target, "role"]
            # One widget per user and role: it opens on the user's own role, never on
            # the first in the list (an administrator shown as a reader).
            new_role = st.selectbox(
                t("users.role"),
                roles,
                index=roles.index(current),
                format_func=role_word,
                key=f"change_role_{target}_{current}",
            )
            if st.button(t("users.set_role"), key="set_role"):
                _act(
                    t,
                    lambda: auth.set_role(db, target, new_role, by=admin.name),
                    t("users.role_set", name=md(target), role=role_word(new_role)),
                )
            with st.form("reset_password", clear_on_submit=True):
                first = st.text_input(t("users.new_password"), type="password", key="reset_1")
                second = st.text_input(t("users.repeat"), type="password", key="reset_2")
                if st.form_submit_button(t("users.reset")):
                    _act(
                        t,
                        lambda: _reset(db, target, first, second, admin.name),
                        t("users.reset_done", name=md(target)),
                    )
            sure = st.checkbox(t("users.confirm_remove", name=md(target)), key=f"remove_{target}")
            if st.button(t("users.remove"), disabled=not sure, key="remove_user"):
                _act(
                    t,
                    lambda: auth.remove_user(db, target, by=admin.name),
                    t("users.removed", name=md(target)),
                )
    events = auth.user_events(db)
    if not events.empty:
        st.subheader(t("users.history"))
        events = events.assign(
            detail=[
                words.user_detail(a, d, t)
                for a, d in zip(events["action"], events["detail"], strict=True)
            ],
            action=[words.user_action(a, t) for a in events["action"]],
        )
        sections.table(
            words.shown(events, t, times=("happened_at",), actors=("actor",)).rename(
                columns={
                    "happened_at": t("history.col_when"),
                    "actor": t("history.col_by"),
                    "action": t("users.action"),
                    "target": t("users.name"),
                    "detail": t("users.detail"),
                }
            )
        )


def _add(db, name: str, role: str, first: str, second: str, by: str) -> None:
    if first != second:
        raise AuthError("passwords_differ")
    auth.add_user(db, name, role, first, by=by)


def _reset(db, name: str, first: str, second: str, by: str) -> None:
    if first != second:
        raise AuthError("passwords_differ")
    auth.reset_password(db, name, first, by=by)


def _act(t: Translator, action, message: str) -> None:
    try:
        action()
    except Refused as error:
        st.error(error.message(t, markdown=True))
        return
    st.session_state[_DONE] = message
    st.rerun()
