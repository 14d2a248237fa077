"""An upload's preview as people read it: how the file was read, its problems, its rows."""

from __future__ import annotations

import pandas as pd

from dashboard.coverage import richness_word
from dashboard.i18n import Translator
from dashboard.ingest.pipeline import Preview, Problem
from dashboard.ingest.templates import header_names
from dashboard.labels import metric_word, status, status_choices


def file_error(problem: Problem, t: Translator) -> str:
    """The message for a problem with the whole file."""
    params = dict(problem.params)
    if problem.code == "unknown_format":
        params["found"] = ", ".join(f"«{c}»" for c in params.get("found", [])) or "–"
        expected = params.get("expected", {})
        params["expected"] = "; ".join(
            f"{t('kind.' + kind).lower()}: "
            + ", ".join(header_names(kind, t.lang).get(key, key) for key in keys)
            for kind, keys in expected.items()
        )
    if problem.code == "kind_mismatch":
        params.update(_kind_mismatch(params, t))
    if problem.code == "cell_too_long":
        column = params.get("column")
        params["column_text"] = t("file.cell_column", column=column) if column else ""
    for name in ("rows", "columns", "length", "max", "ratio"):
        if isinstance(params.get(name), int):  # 1 000 000 as the language writes it
            params[name] = t.number(params[name])
    if isinstance(params.get("size"), float):  # megabytes: 1,2 / 1.2, or 230
        params["size"] = t.number(params["size"], 1 if params["size"] < 10 else 0)
    key = f"file.{problem.code}"
    try:
        return t(key, **params)
    except KeyError:
        return t("file.not_a_table")


def _kind_mismatch(params: dict, t: Translator) -> dict[str, str]:
    """The tool's name and both kinds in words, for the message about a wrong kind."""
    from dashboard.ingest.presets import preset_by_id

    preset = preset_by_id(params["preset"])
    return {
        "preset": preset.name(t.lang),
        "kind": t(f"kind.{params['kind']}"),
        "kind_lower": t(f"kind.{params['kind']}").lower(),
        "chosen": t(f"kind.{params['chosen']}"),
    }


def format_name(preview: Preview, t: Translator) -> str:
    """The detected source format in words: a tool's name, or the Planpuls template."""
    from dashboard.ingest.presets import preset_by_id

    if preview.preset_name:
        try:
            return preset_by_id(preview.source_format or "").name(t.lang)
        except KeyError:
            return preview.preset_name
    if (preview.source_format or "").endswith("-wide"):
        return t("read.canonical_wide", name=t("read.canonical"))
    return t("read.canonical")


def read_info(preview: Preview, t: Translator, plan_name: str) -> pd.DataFrame:
    """How the file was read: format, contents, encoding, separator, header line, columns."""
    return pd.DataFrame(read_pairs(preview, t, plan_name), columns=["", " "])


def read_pairs(preview: Preview, t: Translator, plan_name: str) -> list[tuple[str, str]]:
    """:func:`read_info` as (what, value) pairs (the command line prints them; no pandas)."""
    rows = [
        (t("read.file"), preview.file_name),
        (t("read.plan"), plan_name),
        (t("read.format"), format_name(preview, t)),
        (t("read.kind"), t(f"kind.{preview.kind}") if preview.kind else "–"),
    ]
    if preview.encoding:
        rows.append((t("read.encoding"), preview.encoding.upper()))
    if preview.separator:
        rows.append((t("read.separator"), t(f"sep.{preview.separator}".replace("\t", "\\t"))))
    if preview.sheet:
        rows.append((t("read.sheet"), preview.sheet))
    if preview.header_line:
        rows.append((t("read.header_line"), str(preview.header_line)))
    if preview.mapping and preview.kind:
        labels = header_names(preview.kind, t.lang)
        mapped = ", ".join(
            f"«{user}» → {labels.get(key, key)}" for key, user in preview.mapping.items()
        )
        rows.append((t("read.columns"), mapped))
    rows.append((t("read.rows"), t.number(preview.rows)))
    return rows


def column_label(problem: Problem, t: Translator) -> str:
    """The problem's column as the user sees it; an extra field by its letter in Excel."""
    if problem.code == "extra_fields" and problem.params.get("letter"):
        return t("col.no_header", letter=problem.params["letter"])
    return problem.column


def problem_text(problem: Problem, t: Translator) -> str:
    """What is wrong and what to do, in the user's language."""
    if problem.code == "extra_fields" and problem.params.get("letter"):
        return t("problem.extra_fields_at")
    if problem.code == "text_too_long":
        return t("problem.text_too_long", max=t.number(problem.params.get("max")))
    if problem.code == "dependency_cycle":
        return t("problem.dependency_cycle", cycle=problem.value)
    if problem.code == "bad_status":
        return t("problem.bad_status", statuses=status_choices(t.lang, t("vocab.or")))
    return t(f"problem.{problem.code}")


def problems(preview: Preview, t: Translator) -> pd.DataFrame:
    """Every rejected cell: line as in Excel, the user's column, the value and what to do.

    When the rows name measures, the row's measure (id and title) stands beside them.
    """
    out: dict[str, list[object]] = {t("col.line"): [p.line for p in preview.problems]}
    if any(p.measure for p in preview.problems):
        out[t("col.measure")] = [p.measure for p in preview.problems]
    out[t("col.column")] = [column_label(p, t) for p in preview.problems]
    out[t("col.value")] = [p.value for p in preview.problems]
    out[t("col.problem")] = [problem_text(p, t) for p in preview.problems]
    return pd.DataFrame(out)


def rows(frame: pd.DataFrame, kind: str | None, t: Translator) -> pd.DataFrame:
    """Rows an upload would add, change or leave, in the words of the pages."""
    if frame.empty:
        return pd.DataFrame()
    out = pd.DataFrame({t("col.line"): frame["line"]})
    if kind == "status":
        out[t("col.measure")] = _measure_labels(frame)
        out[t("col.date")] = [t.date(d) for d in frame["update_date"]]
        out[t("col.status")] = [status(s).badge(t.lang) for s in frame["status"]]
        out[t("col.progress")] = [t.percent(p) for p in frame["progress"]]
        out[t("col.comment")] = frame["comment"].fillna("")
    elif kind == "metrics":
        out[t("col.channel")] = frame["channel_name"]
        out[t("col.period")] = [
            t.date(a) if a == b else f"{t.date(a)}–{t.date(b)}"
            for a, b in zip(frame["period_start"], frame["period_end"], strict=True)
        ]
        out[t("col.metric")] = [metric_word(m, t.lang) for m in frame["metric"]]
        out[t("col.value")] = [
            t.number(v, 0 if float(v).is_integer() else 1) for v in frame["value"]
        ]
        out[t("col.audience")] = frame["audience_name"].fillna("")
        if "sample_size" in frame and frame["sample_size"].notna().any():  # a survey's answers
            out[t("outcome.col_sample")] = [
                "" if pd.isna(n) else t.number(n) for n in frame["sample_size"]
            ]
    elif kind == "targets":
        out[t("col.goal")] = [
            f"{g} «{title}»" for g, title in zip(frame["goal_id"], frame["goal_title"], strict=True)
        ]
        out[t("col.channel")] = frame["channel_name"]
        out[t("col.metric")] = [metric_word(m, t.lang) for m in frame["metric"]]
        out[t("col.period")] = [
            f"{t.date(a)}–{t.date(b)}"
            for a, b in zip(frame["period_start"], frame["period_end"], strict=True)
        ]
        out[t("col.target")] = [_number(v, t) for v in frame["target"]]
        out[t("col.direction")] = [t(f"direction.{d}") for d in frame["direction"]]
        out[t("col.before")] = [
            "" if pd.isna(v) else f"{_number(v, t)} {t(f'direction.{d}')[0]}"
            for v, d in zip(frame["previous_target"], frame["previous_direction"], strict=True)
        ]
        if not out[t("col.before")].any():
            out = out.drop(columns=[t("col.before")])  # new targets have nothing before
    elif kind == "owners":
        out[t("col.owner")] = frame["name"]
        out[t("col.email")] = frame["email"].fillna("")
        out[t("col.before")] = frame["email_before"].fillna("")
    elif kind == "channels":
        out[t("col.channel")] = frame["name"]
        out[t("col.scope")] = [t(f"scope.{s}") for s in frame["scope"]]
        out[t("col.before")] = [
            "" if pd.isna(s) else t(f"scope.{s}") for s in frame["scope_before"]
        ]
        if frame["richness"].notna().any() or frame["richness_before"].notna().any():
            words = [richness_word(r, t.lang) or "" for r in frame["richness"]]
            before = [richness_word(r, t.lang) or "" for r in frame["richness_before"]]
            out[t("col.richness")] = words
            out[f"{t('col.richness')} ({t('col.before').lower()})"] = before
    elif kind == "goals":
        out[t("col.goal")] = frame["goal_id"]
        out[t("read.plan")] = frame["plan_id"]
        out[t("col.title")] = frame["title"]
        out[t("col.description")] = frame["description"].fillna("")
        out[t("programmes.col.parent_goal")] = frame["parent_goal_id"].fillna("")
    else:
        out[t("col.measure")] = frame["measure_id"]
        out[t("col.title")] = frame["title"]
        out[t("col.goal")] = frame["goal_id"]
        out[t("col.owner")] = frame["owner_name"].fillna("")
        out[t("col.due")] = [t.date(d) for d in frame["due_date"]]
        out[t("col.weight")] = [t.number(w, 1) for w in frame["weight"]]
    return out


def _measure_labels(frame: pd.DataFrame) -> pd.Series:
    """Each row's measure as ``id «title»`` when the preview found its title."""
    if "measure_label" in frame:
        return frame["measure_label"]
    return frame["measure_id"]


def _number(value: float, t: Translator) -> str:
    """A figure as written: no decimals for whole numbers, one otherwise."""
    return t.number(value, 0 if float(value).is_integer() else 1)
