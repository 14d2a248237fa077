"""The administrator's download of a fresh backup, on the Brukere page."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import backup
from dashboard.i18n import Translator
from dashboard.ui.state import database

log = logging.getLogger("planpuls.backup")


def backup_section(t: Translator) -> None:
    """A button that downloads a consistent copy of the database, made when it is clicked."""
    from dashboard.ui.frame import user

    db, admin = database(), user()
    st.subheader(t("backup.page_title"))
    st.caption(t("backup.page_intro"))

    def fresh() -> bytes:  # runs when clicked, in a thread of its own (not on every page run)
        data = backup.backup_bytes(db)
        log.info("a backup of %s (%d bytes) downloaded by %s", db.path, len(data), admin.name)
        return data

    st.download_button(
        t("backup.download"),
        data=fresh,
        file_name=backup.scheduled_name(backup.utc_now()),
        mime="application/octet-stream",
        key="download_backup",
        icon=":material/download:",
        on_click="ignore",
    )
