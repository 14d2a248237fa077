"""Brukere — the administrator's page: accounts, roles, passwords, and who changed them."""

import streamlit as st

from dashboard.ui import accounts, api_tokens, backup_download, frame

t = frame.page("admin")
st.title(t("users.title"))
accounts.users_page(t)
st.divider()
api_tokens.tokens_section(t)
st.divider()
backup_download.backup_section(t)
