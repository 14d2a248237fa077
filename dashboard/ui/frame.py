"""The frame around every page: page config, language switch and the navigation.

app.py calls :func:`start` and :func:`navigation`; each page calls :func:`page` first.
"""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from dashboard.i18n import Translator
from dashboard.ui.state import language_switch, translator

#: Every page: its file (url_path = file name, see STYLE.md), title key and icon.
PAGES: tuple[tuple[str, str, str], ...] = (
    ("pages/oversikt.py", "nav.overview", ":material/dashboard:"),
    ("pages/mal.py", "nav.goal", ":material/flag:"),
    ("pages/ansvarlige.py", "nav.owners", ":material/group:"),
    ("pages/kanaler.py", "nav.channels", ":material/campaign:"),
    ("pages/last_opp.py", "nav.upload", ":material/upload_file:"),
    ("pages/importhistorikk.py", "nav.history", ":material/history:"),
)


def start() -> Translator:
    """Page config and the language switch; returns the chosen language's translator."""
    st.set_page_config(page_title="Planpuls", page_icon="📈", layout="wide")
    return language_switch()


def navigation(t: Translator) -> st.navigation:
    """The navigation over every page, titled in the chosen language."""
    pages = [
        st.Page(path, title=t(key), icon=icon, default=index == 0)
        for index, (path, key, icon) in enumerate(PAGES)
    ]
    return st.navigation(pages)


def page() -> Translator:
    """Start a page and return the translator for this run's language.

    Until some session has run ``st.navigation``, Streamlit treats a ``pages/``
    folder beside the entry point the old way: a deep link such as ``/kanaler``
    to a freshly started server runs that page file alone, without app.py (no
    language switch, no wide layout, file names as navigation). Streamlit has no
    setting for this, so the page switches the old mode off. On a session's first
    run it starts over through app.py (nothing is lost, and widgets keep the same
    identity from then on); otherwise (AppTest resets the mode on every run) it puts
    the frame up itself, so that a click in that run is not dropped.
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        if not st.session_state:
            st.rerun()
        t = start()
        # (no second st.navigation here: it would give this run's widgets other ids)
        return t
    return translator()
