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
browser has the page's code by then). The first pass's sidebar holds the menu and the
language switch only: the filters' widgets (their code, too, the browser would load and
run before the key figures) come with the rest, and the key figures show the values the
widgets will show. While the server runs the second pass the browser loads the code of
the elements it will draw (the page names them: :func:`rest_to_come`). A small plan
(every demo plan) is drawn in one run, as before: its whole page costs the browser little
more than its key figures.
"""

from __future__ import annotations

from pathlib import Path

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
#: Where Streamlit keeps its browser code.
_JS = Path(st.__file__).parent / "static" / "static" / "js"


def first_pass(view: View, measures: int) -> bool:
    """True when this run is a large page's first pass, which shows the key figures alone:
    the page stops after them (:func:`rest_to_come`). It draws the filters' sidebar
    elements that ``sidebar_filters(later=True)`` kept (``view.later``) now, before the
    page's own, for the whole page; on a first pass only their warnings (a link's value
    that is not offered), the widgets coming with the second pass: the key figures show
    the values the widgets will show (ui/state.py, ``Later``)."""
    first = measures > TWO_PASS_MEASURES and not st.session_state.get(DONE_KEY)
    if view.later is not None:
        view.later.draw(only="warning" if first else None)
    if first:
        st.session_state[DONE_KEY] = True
    return first


def chunks(names: tuple[str, ...]) -> list[str]:
    """The file names of Streamlit's browser chunks ``names`` as this Streamlit has them
    (``DataFrame`` is ``DataFrame.-f9-1zS0.js``); a name it lacks is left out."""
    return [path.name for name in names for path in sorted(_JS.glob(f"{name}.*.js"))]


def rest_to_come(view: View, preload: tuple[str, ...] = ()) -> None:
    """End a first pass: a line saying the rest is coming, and the script that asks the
    browser for the second run once the key figures are on screen, and then to load the
    code of the elements ``preload`` (Streamlit's chunks: :func:`chunks`) meanwhile."""
    with st.container(key=PENDING_KEY):
        st.caption(":material/hourglass_top: " + view.t("perf.drawing_rest"))
    with st.container(key=page_scripts.hidden_key("paint_button")):
        st.button(view.t("perf.drawing_rest"), key=BUTTON_KEY)
    data = {"button": BUTTON_KEY, "preload": chunks(preload)}
    page_scripts.mount("painted", "paint_script", data)
