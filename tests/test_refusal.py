"""One refusal type: every refusal the core raises has its words, and is said one way."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest

from dashboard.i18n import MESSAGES, Translator, message
from dashboard.refusal import Refused

ROOT = Path(__file__).resolve().parents[1]
#: The refusals the core raises, by module: each only names its message namespace.
KINDS = {
    "dashboard.auth": "AuthError",
    "dashboard.backup": "BackupRefused",
    "dashboard.edits": "EditRefused",
    "dashboard.generate": "GenerateRefused",
    "dashboard.ingest.batches": "UndoRefused",
    "dashboard.ingest.reader": "ReadError",
    "dashboard.meetings": "MeetingRefused",
    "dashboard.plans": "PlanRefused",
}
_RAISED = re.compile(r"\b([A-Z]\w*)\(\s*\"([a-z_]+)\"")


def _kinds() -> dict[str, type[Refused]]:
    return {name: getattr(importlib.import_module(m), name) for m, name in KINDS.items()}


def test_each_refusal_is_the_one_base_and_adds_no_code_of_its_own():
    for name, kind in _kinds().items():
        assert issubclass(kind, Refused), name
        # Only a docstring and the namespace: no second __init__ or message().
        own = set(vars(kind)) - {"__module__", "__doc__", "__qualname__", "prefix"}
        assert own <= {"__firstlineno__", "__static_attributes__"}, (name, own)


def test_every_code_the_core_raises_has_a_message_in_each_language():
    kinds = _kinds()
    raised = set()
    for path in (ROOT / "dashboard").rglob("*.py"):
        for name, code in _RAISED.findall(path.read_text(encoding="utf-8")):
            if name in kinds:
                raised.add(kinds[name].prefix + code)
    assert len(raised) > 60  # the scan found the raise sites (about 70 today)
    missing = sorted(k for k in raised if set(MESSAGES.get(k, {})) != {"nb", "nn", "en"})
    assert missing == []


@pytest.mark.parametrize("lang", ["nb", "nn", "en"])
def test_a_refusal_says_its_values_as_the_language_writes_them(lang):
    from dashboard.ingest.batches import UndoRefused
    from dashboard.plans import PlanRefused

    t = Translator(lang)
    start, end = dt.date(2026, 3, 1), dt.date(2025, 12, 31)
    said = PlanRefused("bad_period", start=start, end=end).message(t)
    assert said == message("plans.bad_period", lang, start=t.date(start), end=t.date(end))
    assert ("01.03.2026" in said) == (lang != "en")
    # A list of batches reads "7, 9", never "[7, 9]".
    said = UndoRefused("undo_later_first", batch=3, later=[7, 9]).message(t)
    assert "7, 9" in said and "[" not in said


def test_on_a_page_a_value_from_the_user_cannot_become_markdown():
    from dashboard.meetings import MeetingRefused

    refused = MeetingRefused("name_taken", name="**Styret** [x](http://e.vil)")
    plain = refused.message(Translator("en"))
    page = refused.message(Translator("en"), markdown=True)
    assert "**Styret**" in plain
    assert "**Styret**" not in page and "](http" not in page


def test_on_a_page_a_date_is_written_as_the_language_does_not_escaped():
    from dashboard.plans import PlanRefused

    refused = PlanRefused("bad_period", start=dt.date(2026, 7, 1), end=dt.date(2026, 6, 30))
    page = refused.message(Translator("nb"), markdown=True)
    assert page == message("plans.bad_period", "nb", start="01.07.2026", end="30.06.2026")


def test_a_refused_commit_says_why_in_the_users_language(demo_db):
    """UploadRefused names the file's problem (the reader's message) or the rows'."""
    from dashboard.ingest.pipeline import Upload, UploadRefused, commit

    empty = Upload(b"", "tom.csv", "his-2025", "status")
    with pytest.raises(UploadRefused) as refused:
        commit(demo_db, empty, by="test")
    nb = Translator("nb")
    assert refused.value.message(nb) == nb(f"file.{refused.value.code}", **refused.value.params)
    assert not refused.value.message(Translator("nb")).startswith("file.")
    bad = Upload(b"measure_id;date;status\nhis-t01;2025-13-45;kanskje\n", "x.csv",
                 "his-2025", "status")  # fmt: skip
    with pytest.raises(UploadRefused) as refused:
        commit(demo_db, bad, by="test")
    assert refused.value.code == "problems"
    assert refused.value.message(Translator("en")) == Translator("en")("upload.refused")
