"""An import's outcome and the import history as JSON: one shape for every caller.

``python -m dashboard import --json``, ``batches --json`` and the HTTP API
(``POST /api/v1/imports``, ``GET /api/v1/imports``) all answer through these
functions, so what a feed reads from the API is what the command line prints for
the same file (tests/test_api_import.py compares them).
"""

from __future__ import annotations

import json

import pandas as pd

from dashboard.i18n import Translator
from dashboard.ingest import report
from dashboard.ingest.pipeline import Preview


def imported(result: Preview, t: Translator, batch: int | None, *, dry_run: bool) -> dict:
    """What an upload did or would do: how the file was read, the counts, every error.

    ``batch`` is the new import batch, or None (a dry run, a refused file, or a file
    that changes nothing); ``message`` says which, in the language of ``t``.
    """
    outcome: dict[str, object] = {
        "file": result.file_name,
        "kind": result.kind,
        "source_format": result.source_format,
        "encoding": result.encoding,
        "separator": result.separator,
        "header_line": result.header_line,
        **result.counts,
        "history_only": result.history_only,
        "new": result.new,
        "batch": batch,
        "dry_run": dry_run,
        "message": _summary(result, t, batch, dry_run),
        "errors": [
            {
                "line": p.line,
                "column": report.column_label(p, t),
                "value": p.value,
                "code": p.code,
                "message": report.problem_text(p, t),
                "measure": p.measure,
            }
            for p in result.problems
        ],
        "error_count": result.problem_count,
    }
    if result.tool_map is not None:
        outcome["unmapped_goals"] = result.tool_map.unmapped_goals
        outcome["unmapped_owners"] = result.tool_map.unmapped_owners
    return outcome


def _summary(result: Preview, t: Translator, batch: int | None, dry_run: bool) -> str:
    counts = result.counts
    if not result.ok:
        return t("upload.fix_hint")
    if batch is not None:
        return t("upload.saved", batch=batch, **{k: counts[k] for k in _SAVED})
    if not counts["added"] and not counts["changed"]:
        return t("upload.nothing")
    if dry_run:
        return t("api.dry_run", **{k: counts[k] for k in _SAVED})
    return t("upload.nothing")


_SAVED = ("added", "changed", "unchanged")


def file_refused(file_name: str, code: str, message: str) -> dict:
    """Why a whole file was refused (unreadable, over a limit, the wrong kind)."""
    return {"file": file_name, "error": code, "message": message}


def batches(frame: pd.DataFrame) -> list[dict]:
    """The import batches (dashboard.ingest.batches.history) as JSON records."""
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))
