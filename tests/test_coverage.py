"""Coverage (issue 14, item 3) and channel richness on Tynset's scale (item 7).

The matrix's cells against SQL written here on the demo, a group nothing reaches
named and marked, richness set by upload and by the editor and undone, and Kanaler
showing the unreached group's name.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import coverage, edits
from dashboard.i18n import Translator, message
from dashboard.ingest import report
from dashboard.ingest.batches import undo
from dashboard.ingest.pipeline import Upload, commit, preview
from dashboard.queries import Filters
from dashboard.ui import state
from tests.conftest import TODAY
from tests.helpers import SEEDS, run_page

NB = Translator("nb")
PLAN = "tynset-2025"
START, END = dt.date(2025, 1, 1), dt.date(2026, 3, 31)

#: Per cell, the measures counted the long way: every measure of the plan aimed at
#: the group and the channel, running into the period, not archived, and whose
#: latest update by the end (if any) is not "cancelled".
MEASURES_SQL = """
SELECT a.id AS audience_id, c.id AS channel_id,
       (SELECT count(*) FROM measure m JOIN goal g ON g.id = m.goal_id
        WHERE g.plan_id = $plan AND m.archived_at IS NULL
          AND EXISTS (SELECT 1 FROM measure_audience x
                      WHERE x.measure_id = m.id AND x.audience_id = a.id)
          AND EXISTS (SELECT 1 FROM measure_channel y
                      WHERE y.measure_id = m.id AND y.channel_id = c.id)
          AND coalesce(m.start_date, DATE '1900-01-01') <= $end
          AND coalesce(m.due_date, DATE '2999-12-31') >= $start
          AND coalesce((SELECT s.status FROM status_update s
                        WHERE s.measure_id = m.id AND s.update_date <= $end
                        ORDER BY s.update_date DESC, s.id DESC LIMIT 1), '') <> 'cancelled'
       ) AS measure_count
FROM audience a, channel c, plan p
WHERE p.id = $plan AND a.organisation_id = p.organisation_id
  AND c.organisation_id = p.organisation_id
"""

FIGURES_SQL = """
SELECT cm.channel_id, cm.audience_id, cm.metric, cm.period_start, cm.value
FROM channel_metric cm JOIN channel c ON c.id = cm.channel_id JOIN plan p
  ON p.organisation_id = c.organisation_id
WHERE p.id = $plan AND cm.period_start BETWEEN $start AND $end
"""


def _total(part: pd.DataFrame, metric: str) -> float:
    """Flows summed over the dates; a stock's figure is its latest date's."""
    by_date = part.groupby("period_start")["value"].sum().sort_index()
    return float(by_date.iloc[-1] if metric in ("followers", "subscribers") else by_date.sum())


def expected_figures(db) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """(whole channel, per channel and group) reach figures, worked out in pandas."""
    rows = db.sql(FIGURES_SQL, {"plan": PLAN, "start": START, "end": END})
    whole: dict[str, float] = {}
    per_group: dict[tuple[str, str], float] = {}
    for channel, figures in rows.groupby("channel_id"):
        metric = next((m for m in coverage.REACH_METRICS if m in set(figures["metric"])), None)
        if metric is None:
            continue
        chosen = figures[figures["metric"] == metric]
        whole[channel] = _total(chosen, metric)
        for group, part in chosen[chosen["audience_id"].notna()].groupby("audience_id"):
            per_group[(channel, group)] = _total(part, metric)
    return whole, per_group


def test_every_cell_holds_the_measures_and_figures_counted_independently(demo_db):
    cover = coverage.coverage(demo_db, Filters(PLAN, START, END))
    counts = demo_db.sql(MEASURES_SQL, {"plan": PLAN, "start": START, "end": END})
    whole, per_group = expected_figures(demo_db)
    cells = cover.cells.set_index(["audience_id", "channel_id"])
    assert len(cells) == len(counts) == 8 * 10  # Tynset's groups × its channels
    assert cells["measure_count"].sum() > 50  # the demo's measures reach many cells
    for row in counts.itertuples():
        cell = cells.loc[(row.audience_id, row.channel_id)]
        assert cell["measure_count"] == row.measure_count, (row.audience_id, row.channel_id)
        assert len(cell["measures"]) == row.measure_count
        group_figure = per_group.get((row.channel_id, row.audience_id))
        assert (None if pd.isna(cell["audience_value"]) else cell["audience_value"]) == (
            group_figure
        )
        channel_figure = whole.get(row.channel_id)
        assert (None if pd.isna(cell["channel_value"]) else cell["channel_value"]) == (
            channel_figure
        )
    # A figure per group exists in the demo (meetings' participants), and it is shown.
    assert per_group[("tynset-personalmoter", "tynset-ansatte")] > 0
    html = coverage.matrix_html(cover, NB)
    figure = NB.number(per_group[("tynset-personalmoter", "tynset-ansatte")])
    assert f"{figure} deltakere</span>" in html


def test_channels_stand_from_rich_to_lean_with_their_richness(demo_db):
    cover = coverage.coverage(demo_db, Filters(PLAN, START, END))
    richness = cover.channels.set_index("channel")["richness"]
    assert richness["Ansikt til ansikt"] == "face_to_face"
    assert richness["Informasjonsblad"] == "written"
    ranks = [coverage.RICHNESS_IDS.index(r) for r in cover.channels["richness"]]
    assert ranks == sorted(ranks)
    html = coverage.matrix_html(cover, NB)
    assert "●●●●●● Rikhet: Ansikt til ansikt" not in html  # the dots are hidden from readers
    assert '"true">●●●●●●</span> Rikhet: Ansikt til ansikt' in html
    assert "Rikhet: Skrevne rapporter" in html
    # HO21's channels are not placed: "ikke angitt".
    ho21 = coverage.coverage(demo_db, Filters("ho21-2020", dt.date(2020, 1, 1), END))
    assert ho21.channels["richness"].isna().all()
    assert "Rikhet: ikke angitt" in coverage.matrix_html(ho21, NB)


def add_group(db, name: str) -> int:
    before = edits.shown(db, "audiences", PLAN)
    row = dict.fromkeys(before.columns) | {"name": name, "scope": "external"}
    after = pd.concat([before, pd.DataFrame([row])], ignore_index=True)
    result = edits.preview(db, "audiences", before, after, plan_id=PLAN)
    return edits.commit_edit(db, result, by="sekretariatet")


def test_a_group_nothing_reaches_is_named_and_marked(demo_db):
    filters = Filters(PLAN, START, END)
    assert coverage.coverage(demo_db, filters).unreached == []
    add_group(demo_db, "Pressen")
    cover = coverage.coverage(demo_db, filters)
    assert cover.unreached == ["Pressen"]
    html = coverage.matrix_html(cover, NB)
    row = html.split('<tr class="gap">', 1)[1].split("</tr>", 1)[0]
    assert row.startswith('<th scope="row">Pressen') and "Ikke nådd" in row
    assert html.count('<tr class="gap">') == 1


def test_a_cancelled_measure_no_longer_reaches_its_group(demo_db):
    filters = Filters(PLAN, START, END)
    cells = coverage.coverage(demo_db, filters).cells
    single = cells[cells["measure_count"] == 1].iloc[0]
    title = single["measures"][0]
    measure = demo_db.scalar("SELECT id FROM measure WHERE title = $t", {"t": title})
    with demo_db.write() as cur:
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, reported_by)"
            " VALUES ($m, DATE '2026-03-31', 'cancelled', 0, 'test')",  # on the end date
            {"m": measure},
        )
    after = coverage.coverage(demo_db, filters).cells.set_index(["audience_id", "channel_id"])
    assert after.loc[(single["audience_id"], single["channel_id"]), "measure_count"] == 0


def channel_richness(db) -> dict[str, tuple]:
    with db.cursor() as cur:
        rows = cur.execute(
            "SELECT name, richness, import_batch_id FROM channel WHERE organisation_id = 'tynset'"
        ).fetchall()
    return {name: (richness, batch) for name, richness, batch in rows}


def upload(data: bytes) -> Upload:
    return Upload(data, "kanaler.csv", PLAN, kind=None, today=TODAY)


def test_richness_by_upload_is_previewed_written_and_undone(demo_db):
    before = channel_richness(demo_db)
    assert before["Hjemmeside"][0] == "intranet"
    data = "Kanal;Kanaltype;Rikhet\nhjemmeside;;Telefon\nNettmøte;intern;videokonferanse\n"
    result = preview(demo_db, upload(data.encode("cp1252")))
    assert result.kind == "channels" and result.problems == []
    assert result.counts == {"added": 1, "changed": 1, "unchanged": 0, "rejected": 0}
    shown = report.rows(result.samples["changed"], "channels", NB)
    assert list(shown["Rikhet"]) == ["Telefon"] and list(shown["Rikhet (før)"]) == ["Intranett"]
    done = commit(demo_db, upload(data.encode("cp1252")), by="sekretariatet")
    after = channel_richness(demo_db)
    assert after["Hjemmeside"] == ("phone", done.batch_id)
    assert after["Nettmøte"] == ("video", done.batch_id)
    assert after["Compilo"] == before["Compilo"]
    undo(demo_db, done.batch_id, by="sekretariatet")
    assert channel_richness(demo_db) == before


def test_an_unknown_richness_is_refused_with_its_line_and_column(demo_db):
    data = "Kanal;Kanaltype;Rikhet\nCompilo;;e-post\nHjemmeside;;brevdue\n".encode("cp1252")
    result = preview(demo_db, upload(data))
    found = [(p.line, p.column, p.value, p.code) for p in result.problems]
    assert found == [(3, "Rikhet", "brevdue", "bad_richness")]
    assert "ansikt til ansikt" in report.problem_text(result.problems[0], NB)


def _edit_richness(db, changes: dict[str, object]) -> edits.EditPreview:
    before = edits.shown(db, "channels", PLAN)
    after = before.copy()
    after["richness"] = after["richness"].astype(object)
    for name, value in changes.items():
        after.loc[after["name"] == name, "richness"] = value
    return edits.preview(db, "channels", before, after, plan_id=PLAN)


def test_richness_in_the_channels_editor_is_saved_as_a_batch_and_undone(demo_db):
    before = channel_richness(demo_db)
    result = _edit_richness(demo_db, {"Compilo": "Intranett", "Hjemmeside": None})
    changes = {e.label: [(c.column, c.old, c.new) for c in e.changes] for e in result.changed}
    assert changes == {
        "Compilo": [("richness", "written", "intranet")],
        "Hjemmeside": [("richness", "intranet", None)],
    }
    batch = edits.commit_edit(demo_db, result, by="sekretariatet")
    after = channel_richness(demo_db)
    assert after["Compilo"] == ("intranet", batch) and after["Hjemmeside"] == (None, batch)
    undo(demo_db, batch, by="sekretariatet")
    assert channel_richness(demo_db) == before


def test_a_richness_the_scale_does_not_have_is_a_problem_in_the_editor(demo_db):
    result = _edit_richness(demo_db, {"Compilo": "brevdue"})
    assert [(p.column, p.code) for p in result.problems] == [("richness", "bad_richness")]
    assert "rikhetsskalaen" in result.problems[0].text("nb")


@pytest.mark.parametrize(
    ("word", "level"),
    [("Ansikt til ansikt", "face_to_face"), ("andlet til andlet", "face_to_face"),
     ("E-mail", "email"), ("skrevne rapporter", "written"), ("VIDEO", "video")],
)  # fmt: skip
def test_a_file_may_name_a_step_in_any_language(word, level):
    assert coverage.richness_words()[word.lower()] == level


def test_kanaler_names_the_group_nothing_reaches(demo_env):
    add_group(state.database(), "Pressen")
    at = run_page("pages/kanaler.py", plan=PLAN)
    warnings = [w.value for w in at.warning]
    expected = message("coverage.unreached", "nb", groups="Pressen")
    assert expected in warnings
    assert any(s.value == message("coverage.title", "nb") for s in at.subheader)


def test_kanaler_reruns_without_the_matrix_query_until_the_data_changes(demo_env, monkeypatch):
    """A rerun (any widget touched) reuses the matrix; an edit is seen at the next run."""
    counted = []
    query = coverage.coverage

    def counting(db, filters):
        counted.append(filters.plan_id)
        return query(db, filters)

    monkeypatch.setattr(coverage, "coverage", counting)
    at = run_page("pages/kanaler.py", plan=PLAN)
    unreached = message("coverage.unreached", "nb", groups="Pressen")
    assert counted == [PLAN] and unreached not in [w.value for w in at.warning]
    at.run()
    assert counted == [PLAN] and not at.exception
    add_group(state.database(), "Pressen")
    at.run()
    assert counted == [PLAN, PLAN]
    assert unreached in [w.value for w in at.warning]


def _seed(name: str):
    found = sorted(SEEDS.glob(name)) if SEEDS else []
    if not found:
        pytest.skip("seed documents not available")
    return found[0]


def test_the_scale_is_tynsets_own_words_and_every_tynset_channel_stands_on_it(demo_db):
    text = _seed("004_*.txt").read_text(encoding="utf-8").lower().replace("-", " ")
    assert "høy rikdom" in text and "lav rikdom" in text
    for level in coverage.RICHNESS:
        assert level.nb.lower().replace("-", " ") in text, level.nb
    placed = demo_db.sql(
        "SELECT name, richness FROM channel WHERE organisation_id = 'tynset' ORDER BY name"
    )
    assert placed["richness"].isin(coverage.RICHNESS_IDS).all(), placed
