"""The administrator's API tokens on the Brukere page: make one, revoke one, see their use."""

from __future__ import annotations

import streamlit as st

from dashboard import auth, tokens, words
from dashboard.i18n import Translator
from dashboard.refusal import Refused
from dashboard.ui import sections
from dashboard.ui.signed_in import signed_in
from dashboard.ui.state import database

#: The token just made, shown once on the next run of the page and then forgotten.
_NEW = "_planpuls_new_token"
_DONE = "_planpuls_tokens_done"


def tokens_section(t: Translator) -> None:
    """List the tokens; a form to make one (shown once), a choice to revoke one; the log."""
    db, admin = database(), signed_in()
    st.subheader(t("tokens.title"))
    st.caption(t("tokens.intro"))
    made = st.session_state.pop(_NEW, None)
    if made is not None:
        no, token = made
        st.success(t("tokens.created", no=no))
        st.code(token, language=None)
    done = st.session_state.pop(_DONE, None)
    if done:
        st.success(done)
    listing = tokens.listing(db)
    if listing.empty:
        st.info(t("tokens.none"))
    else:
        shown = words.shown(
            listing,
            t,
            times=("created_at", "last_used_at", "revoked_at"),
            actors=("owner",),
            roles=("role",),
        )
        sections.table(
            shown[
                ["no", "label", "prefix", "role", "owner", "created_at", "last_used_at",
                 "revoked_at"]
            ].rename(
                columns={
                    "no": t("tokens.col_no"),
                    "label": t("tokens.label"),
                    "prefix": t("tokens.col_prefix"),
                    "role": t("tokens.role"),
                    "owner": t("tokens.owner"),
                    "created_at": t("users.created"),
                    "last_used_at": t("tokens.col_used"),
                    "revoked_at": t("tokens.col_revoked"),
                }
            )
        )  # fmt: skip
    users = auth.list_users(db)["name"].tolist()
    left, right = st.columns(2)
    with left, st.form("add_token", clear_on_submit=True):
        st.markdown(f"**{t('tokens.create')}**")
        label = st.text_input(t("tokens.label"), key="token_label", max_chars=tokens.MAX_LABEL)
        owner = st.selectbox(t("tokens.owner"), users, key="token_owner")
        role = st.selectbox(
            t("tokens.role"),
            list(auth.ROLES),
            format_func=lambda r: t(f"role.{r}"),
            key="token_role",
        )
        if st.form_submit_button(t("tokens.create"), type="primary") and owner:
            try:
                st.session_state[_NEW] = tokens.create(db, owner, role, label, by=admin.name)
            except Refused as error:
                st.error(error.message(t, markdown=True))
            else:
                st.rerun()
    live = listing[listing["revoked_at"].isna()] if not listing.empty else listing
    with right:
        if not live.empty:
            st.markdown(f"**{t('tokens.revoke')}**")
            names = {
                int(no): f"{no}: {label} ({prefix}…)"
                for no, label, prefix in live[["no", "label", "prefix"]].itertuples(index=False)
            }
            chosen = st.selectbox(
                t("tokens.which"), list(names), format_func=names.__getitem__, key="revoke_token"
            )
            if st.button(t("tokens.revoke"), key="revoke_token_button"):
                try:
                    tokens.revoke(db, chosen, by=admin.name)
                except Refused as error:
                    st.error(error.message(t, markdown=True))
                else:
                    st.session_state[_DONE] = t("tokens.revoked", no=chosen)
                    st.rerun()
    log = tokens.events(db)
    if not log.empty:
        with st.expander(t("tokens.history")):
            sections.table(
                words.shown(
                    log.assign(
                        action=[t(f"tokens.action.{a}") for a in log["action"]],
                        detail=[words.token_detail(d, t) for d in log["detail"]],
                    ),
                    t,
                    times=("happened_at",),
                    actors=("actor",),
                ).rename(
                    columns={
                        "happened_at": t("history.col_when"),
                        "token_no": t("tokens.col_no"),
                        "label": t("tokens.label"),
                        "actor": t("history.col_by"),
                        "action": t("users.action"),
                        "detail": t("users.detail"),
                    }
                )
            )
