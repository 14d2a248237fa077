"""Planpuls — the entry point: page config, language switch and navigation only."""

import streamlit as st

from dashboard.ui.state import language_switch

st.set_page_config(page_title="Planpuls", page_icon="📈", layout="wide")
t = language_switch()
# Each url_path is the file's own name: a custom one breaks deep links (STYLE.md).
pages = [
    st.Page(
        "pages/oversikt.py", title=t("nav.overview"), icon=":material/dashboard:", default=True
    ),
    st.Page("pages/mal.py", title=t("nav.goal"), icon=":material/flag:"),
    st.Page("pages/ansvarlige.py", title=t("nav.owners"), icon=":material/group:"),
    st.Page("pages/kanaler.py", title=t("nav.channels"), icon=":material/campaign:"),
]
st.navigation(pages).run()
