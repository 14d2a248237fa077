"""The administrator's download of a fresh backup, on the Brukere page."""

from __future__ import annotations

import logging

import streamlit as st

from dashboard import backup
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.ui.signed_in import signed_in
from dashboard.ui.state import database

log = logging.getLogger("planpuls.backup")


def backup_section(t: Translator) -> None:
    """A button that downloads a consistent copy of the database, made when it is clicked."""
    db, admin = database(), signed_in()
    st.subheader(t("backup.page_title"))
    if db.dialect != "duckdb":  # PostgreSQL's backups are pg_dump's
        st.info(t("backup.postgres", db=md(db.path)))
        return
    _schedule(t)
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


def _schedule(t: Translator) -> None:
    """Whether scheduled backups run, where, and the newest (a warning when it is late)."""
    try:
        status = backup.schedule_status()
    except ValueError as exc:  # a wrong setting: the schedule is off
        st.warning(t("backup.schedule_invalid", error=md(str(exc))))
        return
    schedule = status.schedule
    if schedule is None:
        st.info(t("backup.schedule_off"))
        return
    hours = schedule.interval.total_seconds() / 3600
    shown = f"{hours:.3f}".rstrip("0").rstrip(".")  # 24, 0,5, 0,002: the decimals it has
    text = t(
        "backup.schedule_on",
        hours=t.number(hours, len(shown.partition(".")[2])),
        folder=md(str(schedule.folder)),
        keep=schedule.keep,
    )
    if status.newest is None:
        st.info(text + " " + t("backup.schedule_none_yet"))
        return
    when = t.datetime(status.newest)
    if status.late:
        st.warning(text + " " + t("backup.schedule_late", when=when))
    else:
        st.success(text + " " + t("backup.schedule_newest", when=when, count=status.count))
