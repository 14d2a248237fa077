"""What every page does first: make sure it runs inside app.py's navigation."""

from __future__ import annotations

import streamlit as st
from streamlit.runtime.pages_manager import PagesManager

from dashboard.i18n import Translator
from dashboard.ui.state import translator


def page() -> Translator:
    """Start a page and return the translator for this run's language.

    Until some session has run ``st.navigation``, Streamlit treats a ``pages/``
    folder beside the entry point the old way: a deep link such as ``/kanaler``
    to a freshly started server runs that page file alone, without app.py (no
    language switch, no wide layout, file names as navigation). Streamlit has no
    setting for this, so the page switches the old mode off and reruns; the rerun
    goes through app.py and lands on the same page (its url_path is its file name).
    """
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
    return translator()
