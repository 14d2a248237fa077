"""Editing the plan where it is shown: "Rediger" sections for the secretariat and admin.

Each section is an ``st.data_editor`` over a table of :mod:`dashboard.edits`, a
"preview" button that lists what would be added, changed (old → new) and removed
and every problem, and a "save" button that checks the role again and writes the
edit as one batch (undoable in Importhistorikk). Readers get nothing from here.

The editor's state lives in session state under a key made of the table, the
plan, the goal and a version that a save or a discard raises, so switching plan
or goal never carries edits over and a saved table starts again from the data.
A section runs its editor only while it is open (``<key>_open`` in session state).
"""

from __future__ import annotations

from typing import Any, TypeGuard

import pandas as pd
import streamlit as st

from dashboard import edits
from dashboard.auth import User
from dashboard.coverage import RICHNESS_IDS, richness_word
from dashboard.i18n import Translator
from dashboard.inert import md
from dashboard.labels import LEVELS, METRICS, metric_word
from dashboard.refusal import Refused
from dashboard.ui import frame
from dashboard.ui.state import View

_SAVED = "_planpuls_edit_saved"


def goals_editor(view: View) -> None:
    """Oversikt: the plan's goals (title, description, order)."""
    _section(view, "goals")


def goal_editors(view: View, goal_title: str) -> None:
    """Mål: the goal's measures and its outcome targets."""
    context = view.t("edit.context_goal", goal=goal_title)
    _section(view, "measures", goal=(view.filters.goal_id, goal_title), context=context)
    _section(view, "targets", goal=(view.filters.goal_id, goal_title), context=context)


def levels_editor(view: View) -> None:
    """Kanaler: the level (output, out-take, outcome, impact) of each metric."""
    _section(view, "levels")


def owners_editor(view: View) -> None:
    """Ansvarlige: the organisation's owners (name, e-mail)."""
    _section(view, "owners")


def channel_editors(view: View) -> None:
    """Kanaler: channels, target groups (name, internal/external) and the plan's targets."""
    for table in ("channels", "audiences", "targets"):
        _section(view, table)


def may_edit(who: User | None) -> TypeGuard[User]:
    """Whether this visitor may see and save edits: the secretariat and admins."""
    return who is not None and who.may("secretariat")


def _section(
    view: View, table: str, *, goal: tuple[str | None, str] | None = None, context: str = ""
) -> None:
    if not may_edit(frame.user()):
        return
    t, db, plan_id = view.t, view.db, view.filters.plan_id
    goal_id = goal[0] if goal else None
    base = f"edit_{table}_{plan_id}_{goal_id or 'all'}"
    version = st.session_state.get(f"{base}_version", 0)
    key = f"{base}_{version}"
    saved = st.session_state.pop(f"{_SAVED}_{base}", None)
    before = edits.shown(db, table, plan_id, goal_id)
    for column, kind in edits.COLUMNS[table]:
        if kind in ("title", "text", "email"):  # an empty cell, not the word None
            before[column] = before[column].astype(object).where(before[column].notna(), "")
    what = t(f"edit.table.{table}")
    # Lazy: the editor runs only while the section is open (a closed one costs nothing,
    # and draws no empty table).
    box = st.expander(
        t("edit.section", what=what),
        key=f"{base}_open",
        on_change="rerun",
        icon=":material/edit:",
    )
    with box:
        if saved:
            st.success(saved)
        if not box.open:
            return
        help_key = {"measures": "edit.help_measures", "levels": "edit.help_levels"}
        st.caption(t(help_key.get(table, "edit.help")))
        after = st.data_editor(
            before,
            key=key,
            num_rows="fixed" if table == "levels" else "dynamic",
            hide_index=True,
            width="stretch",
            # a target's id is its key spelled out, a level's the metric: not for reading
            column_order=[*([] if table in ("targets", "levels") else ["id"]), *_columns(table)],
            column_config=_config(
                view, table, goal[1] if goal else None, metric_ids=before.get("metric", [])
            ),
        )
        row = st.container(horizontal=True)
        if row.button(t("edit.preview"), key=f"{key}_preview", icon=":material/preview:"):
            st.session_state[f"{key}_show"] = True
        if row.button(t("edit.discard"), key=f"{key}_discard", type="tertiary"):
            st.session_state[f"{base}_version"] = version + 1
            st.rerun()
        if not st.session_state.get(f"{key}_show"):
            return
        preview = edits.preview(db, table, before, after, plan_id=plan_id, context=context)
        _show_preview(t, preview)
        if preview.empty or not preview.ok:
            return
        if st.button(t("edit.save"), key=f"{key}_save", type="primary", icon=":material/save:"):
            message = save(view, preview)
            if message is None:
                return
            st.session_state[f"{base}_version"] = version + 1
            st.session_state[f"{_SAVED}_{base}"] = message
            st.rerun()


def save(view: View, preview: edits.EditPreview) -> str | None:
    """Check the role at the moment of saving, then commit; the message, or None (shown)."""
    t = view.t
    who = frame.user()
    if not may_edit(who):
        st.error(t("edit.not_allowed"))
        return None
    try:
        batch = edits.commit_edit(view.db, preview, by=who.name, lang=t.lang)
    except Refused as refused:
        st.error(refused.message(t, markdown=True))
        return None
    st.cache_data.clear()
    return t("edit.saved", id=batch)


def _columns(table: str) -> list[str]:
    return [column for column, _ in edits.COLUMNS[table]]


def _config(
    view: View, table: str, goal_title: str | None, *, metric_ids: Any = ()
) -> dict[str, Any]:
    t = view.t
    names = edits.choices(view.db, view.filters.plan_id)
    label = {c: t(f"edit.col.{c}") for c, _ in edits.COLUMNS[table]}
    config: dict[str, Any] = {"id": st.column_config.TextColumn(t("edit.col.id"), disabled=True)}
    for column, kind in edits.COLUMNS[table]:
        name = label[column]
        if column == "metric":
            known = [m.id for m in METRICS]
            options = known + sorted(set(metric_ids) - set(known))
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=options,
                required=True,
                disabled=kind == "fixed",
                format_func=lambda m: metric_word(str(m), t.lang),
            )
        elif kind == "level":
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=list(LEVELS),
                required=True,
                format_func=lambda level: t(f"level.{level}"),
            )
        elif kind == "title":
            config[column] = st.column_config.TextColumn(name, required=True)
        elif kind == "text":
            config[column] = st.column_config.TextColumn(name)
        elif kind in ("goal", "owner", "channel"):
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=names[kind],
                required=kind != "owner",
                default=goal_title if kind == "goal" else None,
            )
        elif kind == "parent_goal":
            # only a plan under another plan has goals to serve; elsewhere no column
            config[column] = (
                st.column_config.SelectboxColumn(name, options=names[kind]) if names[kind] else None
            )
        elif kind == "names":
            what = "channel" if column == "channels" else "audience"
            config[column] = st.column_config.MultiselectColumn(
                name, options=names[what], accept_new_options=True
            )
        elif kind == "ids":  # the measures of the plan this one waits on
            config[column] = st.column_config.MultiselectColumn(name, options=names["measure"])
        elif kind in ("date", "required_date"):
            config[column] = st.column_config.DateColumn(
                name, format="DD.MM.YYYY", required=kind == "required_date"
            )
        elif kind == "scope":
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=list(edits.SCOPES),
                required=True,
                default="external",
                format_func=lambda s: t(f"scope.{s}"),
            )
        elif kind == "richness":
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=list(RICHNESS_IDS),
                required=False,
                format_func=lambda r: richness_word(r, t.lang) or t("coverage.richness_unset"),
            )
        elif kind == "direction":
            config[column] = st.column_config.SelectboxColumn(
                name,
                options=list(edits.DIRECTIONS),
                required=True,
                default="up",
                format_func=lambda d: t(f"direction.{d}"),
            )
        elif kind == "int":
            config[column] = st.column_config.NumberColumn(name, step=1, format="%d")
        elif kind == "weight":
            config[column] = st.column_config.NumberColumn(
                name, min_value=0, default=1.0, format="localized"
            )
        elif kind == "number":
            config[column] = st.column_config.NumberColumn(name, required=True, format="localized")
        elif kind == "email":
            config[column] = st.column_config.TextColumn(name)
    return config


def _shown_value(t: Translator, column: str, value: Any) -> str:
    """A value as a person reads it: dates and numbers per language, lists joined."""
    if isinstance(value, list):
        return ", ".join(value) or "–"
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "–"
    if column in ("start_date", "due_date", "period_start", "period_end"):
        return t.date(value)
    if column == "scope":
        return t(f"scope.{value}")
    if column == "direction":
        return t(f"direction.{value}")
    if column == "richness":
        return richness_word(value, t.lang) or str(value)
    if column == "metric":
        return metric_word(str(value), t.lang)
    if column == "level":
        return t(f"level.{value}")
    if isinstance(value, float):
        return t.number(value, 0 if value.is_integer() else 2)
    return str(value)


def _what(t: Translator, table: str, label: str) -> str:
    """A changed row's name: a level's row is its metric, in words."""
    return metric_word(label, t.lang) if table == "levels" else label


def _show_preview(t: Translator, preview: edits.EditPreview) -> None:
    if preview.empty and preview.ok:
        st.info(t("edit.no_changes"))
        return
    counts = {
        "added": len(preview.added),
        "changed": len(preview.changed),
        "removed": len(preview.removed),
    }
    st.markdown(f"**{t('edit.summary', **counts)}**")
    if preview.problems:
        lines = "\n".join(f"- {md(p.text(t.lang))}" for p in preview.problems)
        st.error(f"{t('edit.problems', n=len(preview.problems))}\n\n{lines}")
    columns = [c for c, _ in edits.COLUMNS[preview.table]]
    row_col, what_col = t("edit.col_row"), t("edit.col_what")
    if preview.changed:
        st.markdown(f"**{t('edit.changed')}**")
        rows = [
            {
                row_col: edit.row,
                what_col: _what(t, preview.table, edit.label),
                t("edit.col_field"): t(f"edit.col.{change.column}"),
                t("edit.col_old"): _shown_value(t, change.column, change.old),
                t("edit.col_new"): _shown_value(t, change.column, change.new),
            }
            for edit in preview.changed
            for change in edit.changes
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    if preview.added:
        st.markdown(f"**{t('edit.added')}**")
        rows = [
            {
                row_col: edit.row,
                **{t(f"edit.col.{c}"): _shown_value(t, c, edit.values[c]) for c in columns},
            }
            for edit in preview.added
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    if preview.removed:
        st.markdown(f"**{t('edit.removed')}**")
        rows = [
            {
                row_col: edit.row,
                what_col: edit.label,
                "": t("edit.archived_note") if edit.archive else t("edit.deleted_note"),
            }
            for edit in preview.removed
        ]
        st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")
    created = [
        f"{md(name)} ({t(f'edit.new_kind.{what}')})"
        for what, names in preview.new_names.items()
        for name in names
    ]
    if created:
        st.caption(t("edit.new_names", names=", ".join(created)))
