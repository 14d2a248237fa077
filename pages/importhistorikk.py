"""Importhistorikk — every upload (who, when, which file, what it did); undo one whole."""

import streamlit as st

from dashboard.ui import frame, history, owner_link_admin

t = frame.page("secretariat")
st.title(t("history.title"))
st.caption(t("history.intro"))
owner_link_admin.queue_section(t)
history.render(t)
