"""Brukere — the administrator's page: accounts, roles, passwords, and who changed them."""

import streamlit as st

from dashboard.ui import accounts, frame

t = frame.page("admin")
st.title(t("users.title"))
accounts.users_page(t)
