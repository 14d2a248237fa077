"""A large page in two passes: the key figures on screen first, the rest right after.

In the browser, Streamlit draws what one script run sends together: on Oversikt for a
plan of hundreds of measures that is the sidebar, six key figures, two plotly charts,
seven tables and some eighty other elements, and the key figures appeared only once
the browser had loaded and evaluated plotly's 4.7 MB chunk and the tables' chunks and
laid the whole page out (docs/performance.md, "first paint").

So on a session's first visit a large page stops after its key figures, with a line
saying the rest is coming, and a small script in the page (ui/page_scripts.py,
``PAINTED_JS``) presses a hidden button as soon as a key figure is on screen. That
rerun, and every later run of the session, draws the whole page as usual (the
browser has the page's code by then). Any other rerun (a filter changed before the
script pressed) draws the whole page too. A small plan (every demo plan) is drawn
in one run, as before: its whole page costs the browser little more than its key
figures.
"""

from __future__ import annotations

import streamlit as st

from dashboard.ui import page_scripts
from dashboard.ui.state import View

#: A page for more measures than this is drawn in two passes on a session's first visit.
TWO_PASS_MEASURES = 100
#: Session key: this session has had its first pass, every run draws the whole page.
DONE_KEY = "_paint_first_pass_done"
#: The container shown until the second pass: the browser benchmark waits for its CSS
#: class (``st-key-paint_pending``) to be gone.
PENDING_KEY = "paint_pending"
#: The hidden button the page's script presses (its CSS class ``st-key-paint_go``).
BUTTON_KEY = "paint_go"


def first_pass_only(view: View, measures: int) -> bool:
    """True when this run should stop here, after the key figures: a large page on the
    session's first run. Shows a line saying the rest is coming and asks the browser
    for the second run once the key figures are on screen."""
    if measures <= TWO_PASS_MEASURES or st.session_state.get(DONE_KEY):
        return False
    st.session_state[DONE_KEY] = True
    with st.container(key=PENDING_KEY):
        st.caption(":material/hourglass_top: " + view.t("perf.drawing_rest"))
    with st.container(key=page_scripts.hidden_key("paint_button")):
        st.button(view.t("perf.drawing_rest"), key=BUTTON_KEY)
    page_scripts.mount("painted", "paint_script", {"button": BUTTON_KEY})
    return True
