"""Last opp — the secretariat's files in: read, previewed, saved whole, undoable."""

import streamlit as st

from dashboard.ui import frame, upload
from dashboard.ui.state import sidebar_filters

t = frame.page("secretariat")
view = sidebar_filters(t, goal="none", owner=False, channel=False, period=False)
st.title(t("upload.title"))
st.caption(t("upload.intro"))
if view is not None:
    upload.render(view)
