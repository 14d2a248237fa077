"""The page "Rapporter status" opened with an owner's link, and the secretariat's side
(Lag lenke on Ansvarlige, the approval queue on Importhistorikk), in AppTest."""

from __future__ import annotations

import pytest
from streamlit.runtime import context

from dashboard import auth, owner_links
from dashboard.i18n import Translator
from dashboard.labels import STATUS_BY_ID
from dashboard.ui import session, state
from tests.conftest import TODAY
from tests.helpers import run_page, texts

PLAN = "his-2025"
OWNER = "Kommunikasjonsansvarlig"
PAGE = "pages/rapporter_status.py"


def _expected(db, owner: str):
    """The owner's open measures with their last state, from SQL here."""
    return db.sql(
        """
        WITH last AS (
            SELECT measure_id, arg_max(status, (update_date, id)) AS status,
                   arg_max(progress, (update_date, id)) AS progress,
                   max(update_date) AS day
            FROM status_update WHERE update_date <= $today GROUP BY measure_id)
        SELECT m.id, m.title, l.status, l.progress, l.day
        FROM measure m JOIN goal g ON g.id = m.goal_id JOIN owner o ON o.id = m.owner_id
        LEFT JOIN last l ON l.measure_id = m.id
        WHERE g.plan_id = $plan AND o.name = $owner AND m.archived_at IS NULL
          AND coalesce(l.status, 'not_started') NOT IN ('done', 'cancelled')
        ORDER BY m.id
        """,
        {"plan": PLAN, "owner": owner, "today": TODAY},
    )


def _link(owner: str = OWNER) -> str:
    return owner_links.issue(state.database(), PLAN, owner, by="sekretariat")


def test_the_page_shows_the_owners_measures_as_in_the_database_and_nothing_else(demo_env):
    db = state.database()
    token = _link()
    at = run_page(PAGE, link=token)
    t = Translator("nb")
    shown = texts(at)
    expected = _expected(db, OWNER)
    assert at.title[0].value == t("ownerlink.title")
    assert len(at.selectbox) == len(expected)  # one status choice per open measure
    for row in expected.itertuples():
        assert row.title in shown
        last = t(
            "ownerlink.last",
            date=t.date(row.day),
            status=STATUS_BY_ID[row.status].badge("nb"),
            progress=t.percent(row.progress),
        )
        assert last in shown
    others = db.sql(
        "SELECT m.title FROM measure m JOIN owner o ON o.id = m.owner_id WHERE o.name <> $o",
        {"o": OWNER},
    )["title"]
    assert not [title for title in others if title in shown]
    assert not at.dataframe and not at.metric  # nothing of the plan beyond the measures


def test_reporting_two_measures_writes_one_batch_that_the_page_then_shows(demo_env):
    db = state.database()
    token = _link()
    first, second = _expected(db, OWNER)["id"].tolist()[:2]
    at = run_page(PAGE, link=token)
    at.selectbox(key=f"link_status_{first}").set_value("at_risk")
    at.number_input(key=f"link_progress_{first}").set_value(45)
    at.text_area(key=f"link_comment_{first}").input("Venter på leverandør")
    at.text_area(key=f"link_comment_{second}").input("Som før")
    next(b for b in at.button if b.label == "Send").click()
    at.run()
    assert not at.exception
    assert [s.value for s in at.success] == [Translator("nb")("ownerlink.sent.other", n="2")]
    batch = db.sql("SELECT * FROM import_batch ORDER BY id DESC LIMIT 1").iloc[0]
    assert (batch["kind"], batch["rows_added"]) == ("owner_link", 2)
    now = _expected(db, OWNER).set_index("id")
    assert (now.loc[first, "status"], now.loc[first, "progress"]) == ("at_risk", 45.0)
    t = Translator("nb")
    assert f"{STATUS_BY_ID['at_risk'].badge('nb')}, {t.percent(45)}" in texts(at)
    at.run()  # the link, used: at the top, when, how many and what became of it
    sent_at = db.scalar("SELECT submitted_at FROM owner_submission WHERE batch_id = $b",
                        {"b": int(batch["id"])})  # fmt: skip
    said = t("ownerdone.used.other", n="2", when=t.datetime(sent_at))
    expected = f"{said} {t('ownerdone.state.saved')} {t('ownerdone.correct')}"
    assert [i.value for i in at.info] == [expected]
    assert len(at.selectbox) == len(_expected(db, OWNER))  # and a correction can be sent


def test_a_link_opens_without_an_account_also_when_reading_is_closed(demo_env, monkeypatch):
    monkeypatch.setenv("PLANPULS_ACCESS", "closed")
    at = run_page(PAGE, link=_link())
    assert len(at.selectbox) == len(_expected(state.database(), OWNER))
    assert not at.text_input  # no sign-in form in its place


def test_a_revoked_link_is_refused_plainly_in_english(demo_env):
    token = _link()
    owner_links.revoke(state.database(), PLAN, OWNER, by="sekretariat")
    at = run_page(PAGE, link=token, lang="en")
    t = Translator("en")
    assert [e.value for e in at.error] == [t("ownerlink.refused.revoked")]
    assert not at.selectbox


def test_approval_queue_approve_on_importhistorikk_and_a_returned_report_on_the_page(demo_env):
    db = state.database()
    owner_links.set_needs_approval(db, PLAN, True, by="sekretariat")
    token = _link()
    first, second = _expected(db, OWNER)["id"].tolist()[:2]
    one = owner_links.submit(db, token, [owner_links.Report(first, "delayed", 10, "Stopp")])
    two = owner_links.submit(db, token, [owner_links.Report(second, "done", 100, None)])
    at = run_page("pages/importhistorikk.py", role="secretariat")
    t = Translator("nb")
    assert t("ownerlink.queue") in texts(at)
    at.button(key=f"queue_approve_{one.submission_id}").click()
    at.run()
    batch = int(db.scalar("SELECT max(id) FROM import_batch WHERE kind = 'owner_link'"))
    assert [s.value for s in at.success] == [
        t("ownerlink.approved", id=one.submission_id, batch=batch)
    ]
    at.text_input(key=f"queue_comment_{two.submission_id}").input("Er rapporten levert?")
    at.button(key=f"queue_return_{two.submission_id}").click()
    at.run()
    assert owner_links.pending(db, PLAN).empty
    assert _expected(db, OWNER).set_index("id").loc[first, "status"] == "delayed"
    assert second in set(_expected(db, OWNER)["id"])  # returned: still open, not done
    page = run_page(PAGE, link=token)
    decided = db.scalar("SELECT decided_at FROM owner_submission WHERE id = $i",
                        {"i": two.submission_id})  # fmt: skip
    said = t("ownerdone.used.one", when=t.datetime(_sent_at(db, two)))
    returned = t(
        "ownerdone.state.returned", date=t.datetime(decided), comment="Er rapporten levert?"
    )
    assert [w.value for w in page.warning] == [f"{said} {returned} {t('ownerdone.correct')}"]


def _sent_at(db, sent):
    return db.scalar(
        "SELECT submitted_at FROM owner_submission WHERE id = $i", {"i": sent.submission_id}
    )


def test_the_secretariat_makes_a_link_on_ansvarlige(demo_env):
    at = run_page("pages/ansvarlige.py", role="secretariat", plan=PLAN)
    at.selectbox(key=f"link_owner_{PLAN}").set_value(OWNER)
    at.button(key="link_make").click()
    at.run()
    (code,) = [c.value for c in at.code if "rapporter_status?link=" in c.value]
    token = code.split("link=", 1)[1]
    db = state.database()
    assert owner_links.resolve(db, token).owner == OWNER
    # the approval switch: one batch, said with its number (Importhistorikk undoes it)
    at.toggle(key=f"link_approval_{PLAN}_None").set_value(True)
    at.run()
    batch = db.sql("SELECT id, kind, created_by FROM import_batch ORDER BY id DESC LIMIT 1")
    assert batch[["kind", "created_by"]].values.tolist() == [
        ["owner_approval_on", "test-secretariat"]
    ]
    t = Translator("nb")
    assert t("ownerdone.approval_on", batch=int(batch["id"][0])) in [s.value for s in at.success]
    assert at.toggle(key=f"link_approval_{PLAN}_{int(batch['id'][0])}").value is True
    # revoking: the list of links says when and by whom
    at.button(key="link_revoke").click()
    at.run()
    (links,) = [d.value for d in at.dataframe if t("ownerdone.col_revoked_by") in d.value]
    assert links[t("ownerdone.col_revoked_by")].tolist() == ["test-secretariat"]


def test_the_page_with_a_link_reads_in_plain_bokmal_and_nynorsk(demo_env):
    from tests import test_nynorsk, test_words

    token = _link()
    db = state.database()
    first = _expected(db, OWNER)["id"][0]
    owner_links.submit(db, token, [owner_links.Report(first, "at_risk", 30, None)])
    at = run_page(PAGE, link=token)
    assert len(at.info) == 1  # the used link says so: read in its words too
    english = [t for t in test_words.visible_texts(at) if test_words._ENGLISH.search(t)]
    assert not english, english
    at = run_page(PAGE, link=token, lang="nn")
    found = test_nynorsk.visible_texts(at)
    shown = test_nynorsk._without_data(
        "\n".join(f for f in found if f != "Språk / Language"),
        test_nynorsk._data_strings(state.database()),
    )
    assert Translator("nn")("ownerlink.title") in shown
    assert test_nynorsk._words(shown, test_nynorsk.ENGLISH, case=True) == [], shown
    assert test_nynorsk._words(shown, test_nynorsk.BOKMAL, case=False) == [], shown


class _Peer:
    """What the server hands Streamlit of a connection: its peer's address (behind a
    trusted reverse proxy, the visitor's from X-Forwarded-For), no headers or cookies."""

    def __init__(self, address: str) -> None:
        self.remote_ip, self.headers, self.cookies = address, [], {}


def test_link_attempts_are_throttled_by_the_address_sign_ins_take(demo_env, monkeypatch):
    db = state.database()
    token = _link()
    for _ in range(auth.MAX_FAILURES):  # a visitor behind the proxy tries five bad links
        with pytest.raises(owner_links.LinkRefused):
            owner_links.resolve(db, "not.a.link", address="203.0.113.7")
    monkeypatch.setattr(context, "_get_client_context", lambda: _Peer("203.0.113.7"))
    at = run_page(PAGE, link=token)  # even a good link waits, from that address
    t = Translator("nb")
    waiting = t("ownerlink.refused.throttled", seconds=0).split("0")[0]
    assert [e.value.startswith(waiting) for e in at.error] == [True] and not at.selectbox
    # another visitor through the same proxy is not held up by the first
    monkeypatch.setattr(context, "_get_client_context", lambda: _Peer("198.51.100.4"))
    at = run_page(PAGE, link=token)
    assert not at.error and len(at.selectbox) == len(_expected(db, OWNER))
    # a sign-in is counted by the very same address (one rule: session.client_address)
    with pytest.raises(auth.AuthError):
        session.sign_in(db, "ingen-slik-bruker", "feil-passord")
    signed = db.scalar("SELECT address FROM login_attempt ORDER BY attempted_at DESC LIMIT 1")
    linked = db.scalar("SELECT address FROM owner_link_attempt ORDER BY id DESC LIMIT 1")
    assert signed == linked == "198.51.100.4"
