"""Importhistorikk — every upload (who, when, which file, what it did); undo one whole."""

import streamlit as st

from dashboard.ui import frame, history

t = frame.page("secretariat")
st.title(t("history.title"))
st.caption(t("history.intro"))
history.render(t)
