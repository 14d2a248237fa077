"""The public status page (/status/{plan}): published plans only, Oversikt's figures, no
comments, names, e-mails or accounts, escaped text, nb/en; publishing from the CLI and
from Kom i gang, each change an undoable batch.

The routes are served as app.py mounts them (server.routes) over the demo database.
"""

from __future__ import annotations

import html
import re
import warnings

import pytest

with warnings.catch_warnings():  # "install httpx2": the installed httpx works
    warnings.simplefilter("ignore")

from dashboard import auth, plans, publication, status_page, tokens
from dashboard.cli import main
from dashboard.ingest import batches
from dashboard.ui import state
from tests.conftest import HIS_GOALS, TODAY, copy_of_demo
from tests.helpers import client, metrics_by_label, page_text, run_page

PLAN = "his-2025"
SECRET_COMMENT = "Hemmelig-kommentar-om-budsjettet"
SECRET_EMAIL = "kommunikasjonssjef@his.example"
SECRET_REPORTER = "rapportor.navnesen@his.example"


def goal_rows(body: str) -> dict[str, str]:
    """The summary table: goal title -> progress as shown."""
    rows = re.findall(
        r'<th scope="row"><a href="#goal-\d+">(.*?)</a></th>\s*<td class="num">(.*?)</td>', body
    )
    return {html.unescape(title): html.unescape(progress) for title, progress in rows}


@pytest.fixture
def published(demo_db, monkeypatch):
    """The demo with its HIS plan published, seen on the tests' date."""
    monkeypatch.setenv("PLANPULS_TODAY", TODAY.isoformat())
    publication.publish(demo_db, PLAN, by="test-admin")
    return demo_db


# What the page shows ------------------------------------------------------------------


def test_the_published_page_shows_oversikts_figures_for_the_same_date(demo_env):
    at = run_page(plan=PLAN)  # Oversikt, signed out (access open), as of TODAY
    oversikt = at.dataframe[0].value.set_index("Mål")["Fremdrift"].to_dict()
    overall = metrics_by_label(at)["Samlet fremdrift"]
    db = state.database()
    publication.publish(db, PLAN, by="test-admin")

    answer = client(db).get(f"/status/{PLAN}")

    assert answer.status_code == 200
    shown = goal_rows(answer.text)
    assert list(shown)[:6] == HIS_GOALS
    assert shown == {goal: oversikt[goal] for goal in shown}
    assert any(value.endswith("%") for value in shown.values())
    whole = re.search(r'id="overall">.*?<strong>(.*?)</strong>', answer.text, re.S).group(1)
    assert html.unescape(whole) == overall
    text = page_text(answer.text)
    assert "Kommunikasjonsstrategi HIS" in text and "Helseinnovasjonssenteret" in text
    assert f"Status per {TODAY:%d.%m.%Y}" in text
    # Oversikt now links to the public page
    again = run_page(plan=PLAN)
    assert any(f"/status/{PLAN}" in m.value for m in again.markdown)


def test_each_goal_has_its_measures_statuses_counts_and_a_bar_that_says_the_same(published):
    db = published
    body = client(db).get(f"/status/{PLAN}").text
    text = page_text(body)
    # every measure of the plan (archived ones left out) is listed by title
    titles = db.sql(
        "SELECT m.title FROM measure m JOIN goal g ON g.id = m.goal_id "
        "WHERE g.plan_id = $p AND m.archived_at IS NULL",
        {"p": PLAN},
    )["title"]
    assert all(" ".join(title.split()) in text for title in titles)
    # the counts per status of each goal add up to its measures
    for section in body.split('<section class="goal"')[1:]:
        counts = [
            int(n) for n in re.findall(r"<li data-status=\"\w+\">[^<]*<strong>(\d+)", section)
        ]
        listed = section.count('<span class="title">')
        assert sum(counts) == listed
    # a bar states its value as text too, for the same figure
    for now, words in re.findall(r'aria-valuenow="(\d+)" aria-valuetext="([^"]+)"', body):
        assert words.replace("\u00a0", " ") == f"{now} %"
    assert '<html lang="nb">' in body


def test_outcome_targets_show_target_and_actual(published):
    db = published
    targets = db.sql(
        "SELECT k.target FROM goal_kpi k JOIN goal g ON g.id = k.goal_id WHERE g.plan_id = $p",
        {"p": PLAN},
    )
    body = client(db).get(f"/status/{PLAN}").text
    assert targets.empty or "Resultatmål for" in page_text(body)
    if not targets.empty:
        assert body.count('<table class="outcomes">') >= 1


def test_no_comment_owner_email_reporter_account_or_token_reaches_the_page(published):
    db = published
    with db.write() as cur:
        measure = cur.execute(
            "SELECT m.id, m.owner_id FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = $p AND m.owner_id IS NOT NULL ORDER BY m.id LIMIT 1",
            {"p": PLAN},
        ).fetchone()
        cur.execute(
            "UPDATE owner SET email = $e WHERE id = $o", {"e": SECRET_EMAIL, "o": measure[1]}
        )
        cur.execute(
            "INSERT INTO status_update (measure_id, update_date, status, progress, comment, "
            "reported_by, import_batch_id, source) VALUES ($m, $d, 'at_risk', 40, $c, $r, 1, "
            "'test')",
            {"m": measure[0], "d": TODAY, "c": SECRET_COMMENT, "r": SECRET_REPORTER},
        )
    auth.add_user(db, "sjefen-selv", "admin", "et-langt-hemmelig-passord", by="test")
    _no, token = tokens.create(db, "sjefen-selv", "secretariat", "GA4-natt", by="test")

    body = client(db).get(f"/status/{PLAN}").text
    text = page_text(body)

    for secret in (SECRET_COMMENT, SECRET_EMAIL, SECRET_REPORTER, "sjefen-selv", "GA4-natt"):
        assert secret not in body
    assert token not in body
    # every comment and owner name of the demo plan, where it is not also a title
    titles = " ".join(
        db.sql(
            "SELECT string_agg(title, ' ') FROM (SELECT title FROM goal WHERE plan_id = $p "
            "UNION ALL SELECT m.title FROM measure m JOIN goal g ON g.id = m.goal_id "
            "WHERE g.plan_id = $p)",
            {"p": PLAN},
        )
        .iloc[0, 0]
        .split()
    ).lower()
    comments = db.sql(
        "SELECT DISTINCT su.comment FROM status_update su JOIN measure m ON m.id = su.measure_id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = $p AND su.comment <> ''",
        {"p": PLAN},
    )["comment"]
    owners = db.sql(
        "SELECT DISTINCT o.name FROM owner o JOIN measure m ON m.owner_id = o.id "
        "JOIN goal g ON g.id = m.goal_id WHERE g.plan_id = $p",
        {"p": PLAN},
    )["name"]
    assert len(comments) > 5 and len(owners) > 2
    for secret in [*comments, *owners]:
        words = " ".join(secret.split())
        if words.lower() not in titles:
            assert words not in text, words
    # the demo's own e-mails of owners, if any
    for email in db.sql("SELECT email FROM owner WHERE email IS NOT NULL")["email"]:
        assert email not in body


def test_user_text_stays_text(published):
    db = published
    hostile = "<script>alert('x')</script> ![x](http://h/t.png)"
    with db.write() as cur:
        goal = cur.execute(
            "SELECT id FROM goal WHERE plan_id = $p ORDER BY sort_order LIMIT 1", {"p": PLAN}
        ).fetchone()[0]
        cur.execute("UPDATE goal SET title = $t WHERE id = $g", {"t": hostile, "g": goal})

    answer = client(db).get(f"/status/{PLAN}")

    assert "<script" not in answer.text and "<img" not in answer.text
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in answer.text
    assert hostile in page_text(answer.text)  # read as written
    assert "default-src 'none'" in answer.headers["content-security-policy"]


# Not found ------------------------------------------------------------------------------


def test_unknown_unpublished_and_archived_plans_answer_the_same_not_found(demo_db):
    web = client(demo_db)
    unpublished = web.get(f"/status/{PLAN}")
    unknown = web.get("/status/finnes-ikke")
    assert unpublished.status_code == unknown.status_code == 404
    # the same page (its language link keeps the address that was asked for)
    assert unpublished.text.replace(PLAN, "x") == unknown.text.replace("finnes-ikke", "x")
    assert "Finner ikke siden" in page_text(unknown.text)

    publication.publish(demo_db, PLAN, by="test-admin")
    assert web.get(f"/status/{PLAN}").status_code == 200
    assert "Kommunikasjonsstrategi HIS" in page_text(web.get("/status").text)
    plans.archive_plan(demo_db, PLAN, by="test")
    archived = web.get(f"/status/{PLAN}")
    assert archived.status_code == 404 and archived.text == unpublished.text
    assert "Kommunikasjonsstrategi HIS" not in page_text(web.get("/status").text)
    assert "Ingen planer er publisert" in page_text(web.get("/status").text)


def test_unpublishing_and_undoing_are_seen_at_once(demo_db):
    web = client(demo_db)
    published = publication.publish(demo_db, PLAN, by="test-admin")
    unpublished = publication.unpublish(demo_db, PLAN, by="test-admin")
    assert web.get(f"/status/{PLAN}").status_code == 404
    batches.undo(demo_db, unpublished, by="test")  # the publication before is in force
    assert web.get(f"/status/{PLAN}").status_code == 200
    batches.undo(demo_db, published, by="test")
    assert web.get(f"/status/{PLAN}").status_code == 404
    assert publication.status(demo_db, PLAN).published is False
    kinds = demo_db.sql(
        "SELECT kind, state, created_by FROM import_batch WHERE id IN ($a, $b) ORDER BY id",
        {"a": published, "b": unpublished},
    )
    assert kinds.values.tolist() == [
        ["publish", "undone", "test-admin"],
        ["unpublish", "undone", "test-admin"],
    ]


# Language -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "accept", "lang", "heading"),
    [
        ("?lang=en", "", "en", "Progress of the whole plan"),
        ("", "en-GB,en;q=0.9", "en", "Progress of the whole plan"),
        ("", "nb-NO,nb;q=0.9,en;q=0.5", "nb", "Fremdrift i hele planen"),
        ("", "nn-NO", "nn", "Framdrift i heile planen"),
        ("", "nn", "nn", "Framdrift i heile planen"),
        ("", "no", "nb", "Fremdrift i hele planen"),
        ("?lang=nn", "nb", "nn", "Framdrift i heile planen"),
        ("?lang=nb", "en", "nb", "Fremdrift i hele planen"),
    ],
)
def test_the_language_comes_from_the_link_then_the_browser(published, query, accept, lang, heading):
    answer = client(published).get(f"/status/{PLAN}{query}", headers={"accept-language": accept})
    assert f'<html lang="{lang}">' in answer.text
    assert heading in page_text(answer.text)
    if lang == "en":
        assert f"Status as of {TODAY.day} Nov {TODAY.year}" in page_text(answer.text)


# Publishing: the command line and Kom i gang ---------------------------------------------


def test_publish_and_unpublish_on_the_command_line(tmp_path, demo_template, capsys):
    path = copy_of_demo(demo_template, tmp_path / "cli.duckdb")

    def run(*args: str) -> int:
        return main(["plans", *args, "--db", str(path)])

    assert run("publish", PLAN, "--by", "sekretariatet") == 0
    out = capsys.readouterr().out
    assert f"/status/{PLAN}" in out and "publisert" in out
    assert run("publish", PLAN) == 1
    assert "allerede publisert" in capsys.readouterr().err
    assert run("publish", "finnes-ikke") == 1
    assert "finnes-ikke" in capsys.readouterr().err
    assert run("unpublish", PLAN) == 0
    assert "ikke lenger publisert" in capsys.readouterr().out
    assert run("unpublish", PLAN) == 1
    assert "ikke publisert" in capsys.readouterr().err
    assert run("publish") == 2
    assert "required: ID" in capsys.readouterr().err
    assert main(["batches", "--db", str(path)]) == 0
    listed = capsys.readouterr().out
    assert "Publisering av statusside" in listed and "Avpublisering av statusside" in listed


def test_an_admin_publishes_on_kom_i_gang_and_sees_the_link(demo_env):
    at = run_page("pages/kom_i_gang.py", role="admin", plan=PLAN)
    at.selectbox(key="public_plan").set_value(PLAN).run()
    switch = next(s for s in at.toggle if s.label == "Publisert")
    assert switch.value is False
    assert any("uten kommentarer og navn" in c.value for c in at.caption)
    switch.set_value(True).run()
    assert not at.exception
    assert publication.status(state.database(), PLAN).published
    assert any("er publisert" in s.value for s in at.success)
    assert any(c.value.endswith(f"/status/{PLAN}") for c in at.code)
    # a secretary sees no switch
    other = run_page("pages/kom_i_gang.py", role="secretariat")
    assert not [s for s in other.toggle if s.label == "Publisert"]


def test_removing_the_demo_takes_its_publication_with_it(demo_db):
    batch = publication.publish(demo_db, PLAN, by="test-admin")
    removed = plans.remove_demo(demo_db, by="test")
    assert removed.undone == [batch]
    assert demo_db.scalar("SELECT count(*) FROM plan_publication") == 0
    assert client(demo_db).get(f"/status/{PLAN}").status_code == 404


def test_undoing_a_published_plans_creation_is_refused_until_its_publication_is_undone(db):
    import datetime as dt

    new = plans.NewPlan("egen-plan", "Egen plan", "Egen virksomhet", dt.date(2026, 1, 1),
                        dt.date(2026, 12, 31))  # fmt: skip
    created = plans.create_plan(db, new, by="test")
    published = publication.publish(db, "egen-plan", by="test-admin")
    with pytest.raises(batches.UndoRefused) as refused:
        batches.undo(db, created, by="test")
    assert refused.value.code == "still_referenced"
    assert "plan_publication" in refused.value.params["example"]
    batches.undo(db, published, by="test")
    batches.undo(db, created, by="test")
    assert db.scalar("SELECT count(*) FROM plan WHERE id = 'egen-plan'") == 0


# Contrast (WCAG 2.1 AA) -------------------------------------------------------------------


def _luminance(colour: str) -> float:
    """WCAG 2.1 relative luminance of #rrggbb."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_page_colours_meet_wcag_aa_contrast():
    css = (status_page.TEMPLATES / "status_base.html").read_text(encoding="utf-8")
    colour = dict(re.findall(r"--(\w+): (#[0-9a-f]{6});", css))
    assert {"text", "muted", "link", "late", "panel", "bar", "track"} <= colour.keys()
    for text in ("text", "muted", "link", "late"):  # text: 4.5:1 on white and on a badge
        for ground in ("#ffffff", colour["panel"]):
            assert _contrast(colour[text], ground) >= 4.5, (text, ground)
    assert _contrast(colour["bar"], colour["track"]) >= 3  # a bar's fill against its track
