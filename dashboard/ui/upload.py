"""The upload flow: choose a file, see how it was read and what it would do, then save."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import time

import pandas as pd
import streamlit as st

from dashboard import exports, queries, settings, words
from dashboard.import_progress import SHOW_AFTER, progress_text
from dashboard.inert import md
from dashboard.ingest import batches, mapping, report, templates
from dashboard.ingest.kinds import KIND_IDS
from dashboard.ingest.pipeline import (
    FAST_PATH_BYTES,
    Preview,
    Upload,
    UploadRefused,
    commit,
    preview,
)
from dashboard.labels import metric_word
from dashboard.ui import page_scripts, sections
from dashboard.ui.signed_in import user
from dashboard.ui.state import View

_LOG = logging.getLogger(__name__)
_SAVED = "_planpuls_upload_saved"
_CACHE = "_planpuls_upload_preview"


def template_downloads(view: View) -> None:
    """Download buttons for every kind's template, as CSV and as .xlsx."""
    t = view.t
    with st.expander(t("upload.templates")):
        st.caption(t("upload.templates_help"))
        for kind in templates.TEMPLATE_IDS:
            name = words.file_stem(t("file.template", kind=t(f"kind.{kind}"), plan=view.plan["id"]))
            cols = st.columns([2, 1, 1])
            cols[0].markdown(f"**{t('kind.' + kind)}**")
            cols[1].download_button(
                "CSV",
                functools.partial(_template, view, kind, "csv"),
                f"{name}.csv",
                "text/csv",
                key=f"tpl_csv_{kind}",
            )
            cols[2].download_button(
                "Excel",
                functools.partial(_template, view, kind, "xlsx"),
                f"{name}.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                key=f"tpl_xlsx_{kind}",
            )


def _template(view: View, kind: str, fmt: str) -> bytes:
    """A kind's template as CSV or .xlsx, built when its button is pressed (not on every
    rerun of the page)."""
    frame = templates.template(view.db, kind, view.plan["id"], view.today, view.t.lang)
    return exports.to_csv(frame) if fmt == "csv" else exports.to_xlsx(frame)


#: The formats the uploader takes, as shown and as Streamlit checks them.
FILE_TYPES = ("csv", "tsv", "txt", "xlsx", "xls")

#: Streamlit 1.67's uploader writes its own English words in the browser ("Drag and
#: drop", "Upload", "200MB per file • CSV", "368.0B") and has no locale or option for
#: them: its label is ours (and is the drop zone's aria-label), the rest is hard-coded
#: in the frontend. So the instruction line and the chosen file's size are hidden here
#: and our own line says the same below it (formats, Planpuls' limit, the size); the
#: button's English word is replaced by ours with CSS generated content, which screen
#: readers read as the button's name. The "+" that replaces a chosen file is hidden
#: (its name is English and cannot be set): a file is replaced by dropping another, or
#: by removing it and choosing again. Scoped to the uploader's key.
_UPLOADER_CSS = """<style>
.st-key-{key} [data-testid="stFileUploaderDropzoneInstructions"],
.st-key-{key} [data-testid="stFileChipName"] + div,
.st-key-{key} [data-testid="stFileChips"] button[data-testid="stBaseButton-borderlessIcon"]
  {{ display: none; }}
.st-key-{key} [data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"]
  {{ display: none; }}
.st-key-{key} [data-testid="stFileUploaderDropzone"] button:not([aria-label])::after,
.st-key-{key} [data-testid="stFileUploaderDropzone"] button[data-pp-named]::after
  {{ content: "{browse}"; margin-left: 0.35em; }}
</style>"""


def file_input(t, key: str = "upload_file"):
    """Streamlit's file uploader with every word in the UI language (see _UPLOADER_CSS).

    The size limit said is the one Streamlit enforces (PLANPULS_MAX_UPLOAD_MB)."""
    megabytes = settings.limit("PLANPULS_MAX_UPLOAD_MB")
    st.html(_UPLOADER_CSS.format(key=key, browse=t("upload.browse").replace('"', "")))
    page_scripts.mount("uploader", f"uploader_{key}", {"browse": t("upload.browse")})
    file = st.file_uploader(
        t("upload.file"),
        type=list(FILE_TYPES),
        key=key,
        max_upload_size=megabytes,
    )
    limit = t.file_size(megabytes * 1024 * 1024)
    formats = ", ".join(f.upper() for f in FILE_TYPES)
    st.caption(t("upload.drop_limit", formats=formats, size=limit))
    if file is not None:
        st.caption(t("upload.chosen_size", size=t.file_size(file.size)))
    return file


def scope_choices(result: Preview, t) -> dict[str, str]:
    """Ask, for each channel the upload would create, whether it is internal or external.

    The default is the file's own word for it, else the export's, else external.
    """
    names = result.new.get("channels") or []
    if not names:
        return {}
    st.markdown(f"**{t('upload.scope_title')}**")
    st.caption(t("upload.scope_help"))
    chosen: dict[str, str] = {}
    options = ["external", "internal"]
    for i, name in enumerate(names):
        default = result.new_scopes.get(name) or result.scope
        chosen[name] = st.radio(
            t("upload.scope_for", name=name),
            options,
            index=options.index(default) if default in options else 0,
            format_func=lambda s: t(f"scope.{s}"),
            horizontal=True,
            key=f"upload_scope_{i}_{name}",
        )
    return chosen


def _data_version(view: View) -> tuple:
    return batches.data_version(view.db)


class _ProgressBar:
    """``st.progress`` with rows read and checked, for an import that takes more than a
    second: shown at once for a large file, else from the first step after a second."""

    def __init__(self, t, *, large: bool) -> None:
        self._t = t
        self._began = time.monotonic()
        self._bar = st.progress(0.0, text=t("importspeed.reading")) if large else None

    def __enter__(self) -> _ProgressBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._bar is not None:
            self._bar.empty()

    def update(self, fraction: float, read: int = 0, checked: int = 0) -> None:
        """The pipeline's progress callback."""
        if self._bar is None and time.monotonic() - self._began < SHOW_AFTER:
            return
        text = progress_text(self._t, fraction, read, checked)
        if self._bar is None:
            self._bar = st.progress(0.0, text=text)
        self._bar.progress(min(max(fraction, 0.0), 1.0), text=text)


def _preview(view: View, upload: Upload, by: str) -> Preview:
    """The preview, reused across reruns until the file, a choice or the data changes."""
    key = (
        upload.checksum,
        upload.plan_id,
        upload.kind,
        upload.channel,
        by,
        _data_version(view),
        _choices_key(upload),
    )
    cached = st.session_state.get(_CACHE)
    if cached and cached[0] == key:
        return cached[1]
    with _ProgressBar(view.t, large=len(upload.data) > FAST_PATH_BYTES) as bar:
        result = preview(view.db, upload, by=by, on_step=bar.update)
    st.session_state[_CACHE] = (key, result)
    return result


def _uploader() -> str:
    """The signed-in user's name (the page is for the secretariat only)."""
    who = user()
    return who.name if who else ""


def _may_write() -> bool:
    """Checked again at the moment of writing, not only when the page was shown."""
    who = user()
    return who is not None and who.may("secretariat")


def render(view: View) -> None:
    """The whole upload flow for the chosen plan; an unexpected failure is said plainly.

    Whatever fails, nothing has changed: a preview writes nothing, and a commit is one
    transaction that is rolled back. The traceback goes to the server's log only.
    """
    try:
        _render(view)
    except Exception:
        when = dt.datetime.now().strftime("%d.%m.%Y %H:%M:%S")
        _LOG.exception("unexpected failure on the upload page (%s)", when)
        st.session_state.pop(_CACHE, None)
        st.error(view.t("error.unexpected", when=when))


def _render(view: View) -> None:
    t = view.t
    saved = st.session_state.pop(_SAVED, None)
    if saved:
        st.success(saved)
    left, right = st.columns([3, 2])
    with left:
        file = file_input(t)
    with right:
        kind = st.selectbox(
            t("upload.kind"),
            ["", *KIND_IDS],
            key="upload_kind",
            format_func=lambda k: t(f"kind.{k}") if k else t("upload.kind_auto"),
        )
        by = _uploader()
        st.caption(t("upload.by_user", name=md(by)))
    template_downloads(view)
    if file is None:
        return
    channel = st.session_state.get("upload_channel") or None
    upload = Upload(file.getvalue(), file.name, view.plan["id"], kind or None, channel, view.today)
    _tool_choices(upload)
    result = _preview(view, upload, by)
    if result.file_error is not None:
        st.error(md(report.file_error(result.file_error, t)))
        return
    st.subheader(t("upload.read_as"))
    sections.table(report.read_info(result, t, view.plan["name"]))
    if result.ignored:
        st.caption(t("upload.ignored", columns=md(", ".join(f"«{c}»" for c in result.ignored))))
    if result.totals:
        st.caption(t("upload.totals", lines=", ".join(map(str, result.totals))))
    if result.tool_map is not None:
        tool_mapping(view, result.tool_map)
    if result.series:
        _series(result, t)
    elif result.kind == "metrics" and "channel" not in result.mapping:
        st.text_input(
            t("upload.channel"),
            value=result.channel or "",
            key="upload_channel",
            help=t("upload.channel_help"),
        )
    st.subheader(t("upload.what"))
    sections.kpis([(t(f"upload.{k}"), t.number(v), None) for k, v in result.counts.items()])
    if result.history_only:
        st.info(t("upload.history_only", n=result.history_only))
    for what, names in result.new.items():
        if names:
            st.info(t("upload.new_things", what=t(f"new.{what}"), names=md(", ".join(names))))
    scopes = scope_choices(result, t)
    if result.problem_count:
        st.error(t("upload.problems", n=t.number(result.problem_count)))
        sections.table(report.problems(result, t), download_name="planpuls-feil")
        if result.problem_count > len(result.problems):
            st.caption(
                t("upload.problems_capped", shown=len(result.problems), n=result.problem_count)
            )
        st.caption(t("upload.fix_hint"))
    labels = [a for a in ("added", "changed", "unchanged") if len(result.samples.get(a, ()))]
    if labels:
        tabs = st.tabs(
            [t("upload.rows_tab", label=t(f"upload.{a}"), n=result.counts[a]) for a in labels]
        )
        for tab, action in zip(tabs, labels, strict=True):
            with tab:
                sections.table(report.rows(result.samples[action], result.kind, t))
    nothing = result.ok and not result.counts["added"] and not result.counts["changed"]
    if nothing:
        st.info(t("upload.nothing"))
    if st.button(
        t("upload.commit"), type="primary", disabled=not result.ok or nothing, key="upload_commit"
    ):
        if not _may_write():
            st.error(t("auth.not_allowed"))
            return
        upload.scopes = scopes
        try:
            with _ProgressBar(t, large=len(upload.data) > FAST_PATH_BYTES) as bar:
                done = commit(view.db, upload, by=by, on_step=bar.update)
        except UploadRefused:
            st.error(t("upload.refused"))
            return
        counts = done.preview.counts
        st.session_state[_SAVED] = t(
            "upload.saved",
            batch=done.batch_id,
            **{k: counts[k] for k in ("added", "changed", "unchanged")},
        )
        st.rerun()


# Tool exports of measures: goals and owners for their values and people -----------

_MAP_KEYS = "_planpuls_upload_map_keys"
_GOAL_MODE = "upload_goal_mode"
_GOAL_ALL = "upload_goal_all"
_GOAL_COLUMN = "upload_goal_column"


def _widget_key(prefix: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}_{digest}"


def _tool_choices(upload: Upload) -> None:
    """Put the choices made in the mapping widgets (last run) on the upload."""
    state = st.session_state
    if state.get(_GOAL_MODE) == "all" and state.get(_GOAL_ALL):
        upload.goal_id = state[_GOAL_ALL]
    upload.goal_column = state.get(_GOAL_COLUMN)
    goal_map: dict[str, str] = {}
    owner_map: dict[str, str] = {}
    for key, (what, column, value) in state.get(_MAP_KEYS, {}).items():
        chosen = state.get(key)
        if not chosen:
            continue
        if what == "goal" and column == upload.goal_column:
            goal_map[value] = chosen
        elif what == "owner":
            owner_map[value] = chosen
    upload.goal_map = goal_map or None
    upload.owner_map = owner_map or None


def _choices_key(upload: Upload) -> tuple:
    """The mapping choices as part of the preview's cache key."""
    return (
        upload.goal_id,
        upload.goal_column,
        tuple(sorted((upload.goal_map or {}).items())),
        tuple(sorted((upload.owner_map or {}).items())),
    )


def tool_mapping(view: View, found: mapping.ToolMapping) -> None:
    """Goals for a Jira/Asana/monday.com/Planner export's values, owners for its people."""
    t = view.t
    keys: dict[str, tuple[str, str, str]] = {}
    goals = queries.goals(view.db, view.plan["id"])
    titles = dict(zip(goals["id"], goals["title"], strict=True))
    st.subheader(t("map.goals_title"))
    st.caption(t("map.goals_help"))
    mode = st.radio(
        t("map.mode"),
        ["column", "all"],
        key=_GOAL_MODE,
        horizontal=True,
        format_func=lambda m: t(f"map.mode_{m}"),
    )
    if mode == "all":
        st.selectbox(
            t("map.goal_all"),
            list(titles),
            key=_GOAL_ALL,
            format_func=lambda g: titles.get(g, g),
        )
    else:
        sources = found.goal_sources
        if len(sources) > 1:
            st.selectbox(
                t("map.column"),
                sources,
                index=sources.index(found.goal_column) if found.goal_column in sources else 0,
                key=_GOAL_COLUMN,
                format_func=lambda c: t("map.group") if c == mapping.GROUP else f"«{c}»",
            )
        options = ["", *titles]
        for choice in found.goals:
            key = _widget_key("upload_goal", found.goal_column, choice.value)
            keys[key] = ("goal", found.goal_column, choice.value)
            label = choice.value or t("map.empty")
            if choice.label and choice.label != choice.value:
                label = f"{label} ({choice.label})"
            left, right = st.columns([2, 3])
            left.markdown(f"**{md(label)}**  \n{_rows_caption(t, choice)}")
            right.selectbox(
                label,
                options,
                index=options.index(choice.target) if choice.target in options else 0,
                key=key,
                label_visibility="collapsed",
                format_func=lambda g: titles.get(g, g) if g else t("map.choose_goal"),
            )
    if found.owners:
        st.subheader(t("map.owners_title"))
        st.caption(t("map.owners_help", column=md(found.owner_column or "")))
        names = queries.organisation_owners(view.db, view.plan["id"])["name"]
        for choice in found.owners:
            key = _widget_key("upload_owner", choice.value)
            keys[key] = ("owner", "", choice.value)
            options = ["", *names]
            if choice.target and choice.target not in options:
                options.append(choice.target)  # a new role typed before
            left, right = st.columns([2, 3])
            left.markdown(f"**{md(choice.value)}**  \n{_rows_caption(t, choice)}")
            right.selectbox(
                choice.value,
                options,
                index=options.index(choice.target) if choice.target in options else 0,
                key=key,
                label_visibility="collapsed",
                accept_new_options=True,
                format_func=lambda o: o or t("map.choose_owner"),
            )
    st.session_state[_MAP_KEYS] = keys


def _rows_caption(t, choice: mapping.Choice) -> str:
    """How many rows carry the value, from which line, and how its target was found."""
    text = t("map.rows", n=choice.rows, line=choice.first_line)
    if choice.how in ("remembered", "matched"):
        text += " · " + t(f"map.how_{choice.how}")
    return f":gray[{text}]"


def _series(result: Preview, t) -> None:
    """The series of a file whose sections name their own channels (Facebook, Instagram)."""
    st.info(t("upload.series", n=len(result.series)))
    sections.table(
        pd.DataFrame(
            {
                t("col.channel"): [c for c, _m, _n in result.series],
                t("col.metric"): [metric_word(m, t.lang) for _c, m, _n in result.series],
                t("map.rows_col"): [n for _c, _m, n in result.series],
            }
        )
    )
