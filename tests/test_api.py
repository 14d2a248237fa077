"""The HTTP API (/api/v1): every route as JSON and CSV, access by role and token, errors.

The routes are served as app.py mounts them beside Streamlit's (server.routes), over
a copy of the demo database; the measure states are checked against the status
updates themselves and against the Mål page for the same date.
"""

from __future__ import annotations

import csv
import hashlib
import io
import warnings

import jsonschema
import pytest
from starlette.applications import Starlette

with warnings.catch_warnings():  # "install httpx2": the installed httpx works
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from dashboard import api, api_spec, auth, cli, server, tokens
from dashboard.db import migrations
from dashboard.i18n import Translator
from dashboard.labels import status
from dashboard.ui import state
from tests.helpers import run_page

PASSWORD = "et-langt-hemmelig-passord"
PLAN = "his-2025"
V1 = "/api/v1"


def client(db) -> TestClient:
    """The server's routes over ``db``, as app.py mounts them."""
    return TestClient(Starlette(routes=server.routes(lambda: db)), follow_redirects=False)


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def schema_for(path: str) -> dict:
    """The JSON schema the OpenAPI description gives a route's 200 answer, refs resolved."""
    document = api_spec.spec()
    answer = document["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]
    return {**answer["schema"], "components": document["components"]}


def check(path: str, body: dict) -> None:
    jsonschema.Draft202012Validator(schema_for(path)).validate(body)


ROUTES = [
    ("/plans", "/plans", "plans"),
    (f"/plans/{PLAN}/goals?date=2026-06-30", "/plans/{plan}/goals", "goals"),
    (f"/plans/{PLAN}/measures?date=2026-06-30", "/plans/{plan}/measures", "measures"),
    (f"/plans/{PLAN}/metrics?grain=quarter", "/plans/{plan}/metrics", "metrics"),
]


# Every route, JSON and CSV ------------------------------------------------------------


@pytest.mark.parametrize(("url", "spec_path", "key"), ROUTES, ids=[r[2] for r in ROUTES])
def test_every_list_route_answers_json_matching_its_description_and_the_same_rows_as_csv(
    demo_db, url, spec_path, key
):
    with client(demo_db) as http:
        as_json = http.get(V1 + url)
        by_param = http.get(V1 + url + ("&" if "?" in url else "?") + "format=csv")
        by_header = http.get(V1 + url, headers={"accept": "text/csv"})
    assert as_json.status_code == 200
    assert as_json.headers["content-type"].startswith("application/json")
    body = as_json.json()
    check(spec_path, body)
    assert body[key], "the demo has rows for every list"
    for answer in (by_param, by_header):
        assert answer.status_code == 200
        assert answer.headers["content-type"].startswith("text/csv")
        assert answer.content.startswith(b"\xef\xbb\xbf")  # as the pages' downloads
        rows = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig")), delimiter=";"))
        assert rows[0] == list(body[key][0])
        assert len(rows) - 1 == len(body[key])
        first = [str(item[rows[0][0]]) for item in body[key]]
        if rows[0][0] == "bucket":  # a date, written as the pages' downloads write it
            first = [".".join(reversed(day.split("-"))) for day in first]
        assert [r[0] for r in rows[1:]] == first


def test_csv_writes_decimals_with_a_comma_and_dates_as_the_pages_do(demo_db):
    with client(demo_db) as http:
        rows = http.get(f"{V1}/plans/{PLAN}/measures?date=2026-06-30&format=csv")
        data = http.get(f"{V1}/plans/{PLAN}/measures?date=2026-06-30").json()["measures"]
    table = list(csv.DictReader(io.StringIO(rows.content.decode("utf-8-sig")), delimiter=";"))
    first, item = table[0], data[0]
    assert first["id"] == item["id"]
    assert first["weight"] == f"{item['weight']:.10g}".replace(".", ",")
    y, m, d = item["due_date"].split("-")
    assert first["due_date"] == f"{d}.{m}.{y}"


def test_health_names_the_version_the_database_and_the_last_change(demo_db):
    with client(demo_db) as http:
        body = http.get(f"{V1}/health").json()
    check("/health", body)
    latest = demo_db.scalar("SELECT max(id) FROM import_batch")
    assert body["planpuls"] == "0.1.0"
    assert body["database"] == "planpuls.duckdb"
    assert body["schema_version"] == migrations()[-1][0]  # the newest migration file
    assert body["last_batch"] == latest
    created = demo_db.scalar("SELECT created_at FROM import_batch WHERE id = $i", {"i": latest})
    assert body["last_change"] == created.isoformat()
    assert body["access"] == "open"


def test_plans_list_the_plans_in_use_with_their_sizes(demo_db):
    with client(demo_db) as http:
        plans = http.get(f"{V1}/plans").json()["plans"]
    expected = demo_db.sql("SELECT id FROM plan WHERE archived_at IS NULL ORDER BY id")["id"]
    assert sorted(p["id"] for p in plans) == expected.tolist()
    his = next(p for p in plans if p["id"] == PLAN)
    assert his["goals"] == demo_db.scalar(
        "SELECT count(*) FROM goal WHERE plan_id = $p", {"p": PLAN}
    )


# The measures' state on a date --------------------------------------------------------


def latest_updates(db, day: str) -> dict[str, tuple[str, float]]:
    """Each measure's latest status update on or before ``day``, straight from the table."""
    rows = db.sql(
        "SELECT m.id, su.update_date, su.id AS no, su.status, su.progress FROM measure m "
        "JOIN goal g ON g.id = m.goal_id LEFT JOIN status_update su ON su.measure_id = m.id "
        "AND su.update_date <= CAST($d AS DATE) WHERE g.plan_id = $p AND m.archived_at IS NULL",
        {"d": day, "p": PLAN},
    )
    found: dict[str, tuple] = {}
    for row in rows.itertuples(index=False):
        key = (row.update_date, row.no)
        if row.status is None or not isinstance(row.status, str):
            found.setdefault(row.id, (None, "not_started", 0.0))
            continue
        if row.id not in found or found[row.id][0] is None or key > found[row.id][0]:
            found[row.id] = (key, row.status, float(row.progress))
    return {k: (v[1], v[2]) for k, v in found.items()}


@pytest.mark.parametrize("day", ["2025-03-31", "2025-12-31", "2026-11-23"])
def test_each_measure_has_the_state_of_its_latest_update_on_or_before_the_date(demo_db, day):
    with client(demo_db) as http:
        body = http.get(f"{V1}/plans/{PLAN}/measures", params={"date": day}).json()
    assert body["date"] == day
    got = {m["id"]: (m["reported_status"], m["progress"]) for m in body["measures"]}
    assert got == latest_updates(demo_db, day)
    for m in body["measures"]:
        assert m["status"] in (m["reported_status"], "stale")


def test_the_measures_match_the_goal_page_for_the_same_date(demo_env):
    day, goal = "2025-09-30", "his-g1"
    at = run_page("pages/mal.py", plan=PLAN, goal=goal, to=day)
    shown = at.dataframe[0].value
    with client(state.database()) as http:
        body = http.get(f"{V1}/plans/{PLAN}/measures", params={"date": day, "goal": goal}).json()
    t = Translator("nb")
    assert shown["Tiltak"].tolist() == [m["title"] for m in body["measures"]]
    assert shown["Status"].tolist() == [status(m["status"]).badge("nb") for m in body["measures"]]
    assert shown["Fremdrift"].tolist() == [t.percent(m["progress"]) for m in body["measures"]]


def test_goals_carry_the_weighted_progress_of_their_measures_on_the_date(demo_db):
    with client(demo_db) as http:
        goals = http.get(f"{V1}/plans/{PLAN}/goals?date=2025-12-31").json()["goals"]
        measures = http.get(f"{V1}/plans/{PLAN}/measures?date=2025-12-31").json()["measures"]
    for goal in goals:
        mine = [m for m in measures if m["goal_id"] == goal["id"] and m["status"] != "cancelled"]
        weight = sum(m["weight"] for m in mine)
        assert goal["measures"] == len([m for m in measures if m["goal_id"] == goal["id"]])
        if weight:
            expected = sum(m["progress"] * m["weight"] for m in mine) / weight
            assert goal["progress"] == pytest.approx(expected)


def test_metrics_sum_the_channel_figures_of_the_period(demo_db):
    with client(demo_db) as http:
        body = http.get(f"{V1}/plans/{PLAN}/metrics?start=2025-01-01&end=2025-12-31&grain=year")
    rows = body.json()["metrics"]
    flows = [r for r in rows if r["metric"] not in ("followers", "subscribers")]
    assert flows
    total = demo_db.scalar(
        "SELECT sum(cm.value) FROM channel_metric cm JOIN channel c ON c.id = cm.channel_id "
        "WHERE c.organisation_id = 'his' AND cm.period_start BETWEEN DATE '2025-01-01' "
        "AND DATE '2025-12-31' AND cm.metric NOT IN ('followers', 'subscribers')"
    )
    assert sum(r["value"] for r in flows) == pytest.approx(total)


# Errors ---------------------------------------------------------------------------------


def test_an_unknown_plan_is_not_found_in_the_callers_language(demo_db):
    with client(demo_db) as http:
        nb = http.get(f"{V1}/plans/finnes-ikke/measures")
        en = http.get(
            f"{V1}/plans/finnes-ikke/goals", headers={"accept-language": "en-GB,nb;q=0.5"}
        )
        by_param = http.get(f"{V1}/plans/finnes-ikke/metrics?lang=en")
    assert nb.status_code == en.status_code == by_param.status_code == 404
    assert nb.json()["error"]["message"] == (
        "Planen «finnes-ikke» finnes ikke. Se /api/v1/plans for planene."
    )
    assert en.json()["error"]["message"].startswith("There is no plan 'finnes-ikke'")
    assert by_param.json() == en.json()
    jsonschema.validate(nb.json(), api_spec.spec()["components"]["schemas"]["Error"])


@pytest.mark.parametrize("bad", ["2025-02-30", "30.06.2025", "2025-6-1", "i går"])
def test_a_bad_date_is_refused_with_what_to_write(demo_db, bad):
    with client(demo_db) as http:
        answer = http.get(f"{V1}/plans/{PLAN}/measures", params={"date": bad, "lang": "en"})
    assert answer.status_code == 400
    assert answer.json()["error"] == {
        "status": 400,
        "code": "bad_date",
        "message": f"date={bad} is not a date. Write YYYY-MM-DD, for example 2021-11-18.",
    }


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ({"dato": "2025-01-01"}, "bad_param"),
        ({"format": "xml"}, "bad_value"),
        ({"goal": "ikke-et-mal"}, "unknown_choice"),
        ({"date": "x" * 101}, "too_long"),
        ({"lang": "de"}, "bad_value"),
    ],
)
def test_query_parameters_are_checked(demo_db, query, code):
    with client(demo_db) as http:
        answer = http.get(f"{V1}/plans/{PLAN}/measures", params=query)
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == code


def test_metrics_refuse_a_period_that_ends_before_it_starts_and_an_unknown_grain(demo_db):
    with client(demo_db) as http:
        order = http.get(f"{V1}/plans/{PLAN}/metrics?start=2026-01-01&end=2025-01-01&lang=en")
        grain = http.get(f"{V1}/plans/{PLAN}/metrics?grain=week")
    assert order.json()["error"]["message"] == (
        "start (2026-01-01) is after end (2025-01-01). Swap the dates."
    )
    assert grain.status_code == 400
    assert "month, quarter, tertial, half, year" in grain.json()["error"]["message"]


def test_an_unknown_api_path_is_a_json_not_found(demo_db):
    with client(demo_db) as http:
        answer = http.get(f"{V1}/planer")
    assert answer.status_code == 404
    assert answer.json()["error"]["code"] == "not_found"


# Access: open and closed, sessions, tokens and roles ------------------------------------


def test_closed_access_refuses_an_anonymous_caller_and_opens_for_a_session(people, monkeypatch):
    monkeypatch.setenv("PLANPULS_ACCESS", "closed")
    cookie = auth.start_session(people, "konto-viewer")
    with client(people) as http:
        refused = http.get(f"{V1}/plans")
        health = http.get(f"{V1}/health")
        spec = http.get(f"{V1}/openapi.json")
        http.cookies.set(auth.COOKIE, cookie)
        allowed = http.get(f"{V1}/plans")
        auth.end_session(people, cookie)
        ended = http.get(f"{V1}/plans")
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith("Bearer")
    assert "PLANPULS_ACCESS=closed" in refused.json()["error"]["message"]
    assert health.status_code == spec.status_code == 200
    assert health.json()["access"] == "closed"
    assert allowed.status_code == 200 and allowed.json()["plans"]
    assert ended.status_code == 401


@pytest.mark.parametrize("role", auth.ROLES)
def test_every_role_reads_every_route_with_its_token_when_access_is_closed(
    people, monkeypatch, role
):
    monkeypatch.setenv("PLANPULS_ACCESS", "closed")
    _no, token = tokens.create(people, f"konto-{role}", role, "test", by="konto-admin")
    with client(people) as http:
        answers = [http.get(V1 + url, headers=bearer(token)) for url, _s, _k in ROUTES]
        archived = http.get(f"{V1}/plans?archived=true", headers=bearer(token))
    assert [a.status_code for a in answers] == [200] * len(ROUTES)
    assert archived.status_code == (403 if role == "viewer" else 200)


def test_a_viewer_asking_for_archived_plans_is_told_the_role_it_needs(people):
    _no, token = tokens.create(people, "konto-viewer", "viewer", "test", by="konto-admin")
    with client(people) as http:
        answer = http.get(f"{V1}/plans?archived=true&lang=en", headers=bearer(token))
        anonymous = http.get(f"{V1}/plans?archived=true")
    assert answer.status_code == 403
    assert answer.json()["error"]["message"] == (
        "Your role (Viewer) may not do this; it needs Secretariat."
    )
    assert anonymous.status_code == 401


def test_an_archived_plan_is_not_found_for_a_viewer_but_read_by_the_secretariat(people):
    with people.write() as cur:
        cur.execute("UPDATE plan SET archived_at = now() WHERE id = $p", {"p": PLAN})
    _n, viewer = tokens.create(people, "konto-viewer", "viewer", "v", by="konto-admin")
    _n, staff = tokens.create(people, "konto-secretariat", "secretariat", "s", by="konto-admin")
    with client(people) as http:
        hidden = http.get(f"{V1}/plans/{PLAN}/goals", headers=bearer(viewer))
        shown = http.get(f"{V1}/plans/{PLAN}/goals", headers=bearer(staff))
        listed = http.get(f"{V1}/plans?archived=true", headers=bearer(staff)).json()["plans"]
    assert hidden.status_code == 404 and shown.status_code == 200
    assert PLAN in [p["id"] for p in listed]


@pytest.mark.parametrize("access", ["open", "closed"])
def test_a_missing_revoked_or_forged_token_is_refused_even_when_access_is_open(
    people, monkeypatch, access
):
    monkeypatch.setenv("PLANPULS_ACCESS", access)
    no, token = tokens.create(people, "konto-secretariat", "secretariat", "feed", by="konto-admin")
    with client(people) as http:
        before = http.get(f"{V1}/plans", headers=bearer(token))
        tokens.revoke(people, no, by="konto-admin")
        revoked = http.get(f"{V1}/plans", headers=bearer(token))
        forged = http.get(f"{V1}/plans", headers=bearer(token[:-2] + "xx"))
        no_scheme = http.get(f"{V1}/plans", headers={"authorization": token})
        empty = http.get(f"{V1}/plans", headers={"authorization": "Bearer "})
    assert before.status_code == 200
    for answer in (revoked, forged):
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "bad_token"
    assert no_scheme.status_code == empty.status_code == 401
    assert no_scheme.json()["error"]["code"] == "bad_auth"


def test_a_token_ends_with_its_account_and_never_exceeds_the_accounts_role(people):
    staff = "konto-secretariat"
    _n, capped_token = tokens.create(people, staff, "secretariat", "a", by="konto-admin")
    _n, gone = tokens.create(people, "konto-viewer", "viewer", "b", by="konto-admin")
    auth.set_role(people, staff, "viewer", by="konto-admin")
    auth.remove_user(people, "konto-viewer", by="konto-admin")
    with client(people) as http:
        capped = http.get(f"{V1}/plans?archived=true", headers=bearer(capped_token))
        still_reads = http.get(f"{V1}/plans", headers=bearer(capped_token))
        removed = http.get(f"{V1}/plans", headers=bearer(gone))
    assert capped.status_code == 403 and still_reads.status_code == 200
    assert removed.status_code == 401


def test_a_token_cannot_be_made_above_its_accounts_role_or_for_nobody(people):
    with pytest.raises(auth.AuthError) as above:
        tokens.create(people, "konto-viewer", "admin", "x", by="konto-admin")
    assert above.value.code == "token_role_above"
    with pytest.raises(auth.AuthError) as nobody:
        tokens.create(people, "ingen", "viewer", "x", by="konto-admin")
    assert nobody.value.code == "no_such_user"
    with pytest.raises(auth.AuthError) as unlabelled:
        tokens.create(people, "konto-viewer", "viewer", "   ", by="konto-admin")
    assert unlabelled.value.code == "token_label"
    assert people.scalar("SELECT count(*) FROM api_token") == 0


def test_only_the_tokens_hash_is_stored_and_every_use_is_in_the_audit_log(people):
    no, token = tokens.create(people, "konto-viewer", "viewer", "GA4 hver natt", by="konto-admin")
    assert token.startswith(tokens.TOKEN_PREFIX)
    stored = people.sql("SELECT * FROM api_token").iloc[0]
    assert stored["token_hash"] == hashlib.sha256(token.encode()).hexdigest()
    assert token not in {str(v) for v in stored.tolist()}
    with client(people) as http:
        http.get(f"{V1}/plans", headers=bearer(token))
        http.get(f"{V1}/plans/{PLAN}/measures?date=2025-06-30", headers=bearer(token))
    tokens.revoke(people, no, by="konto-admin")
    log = tokens.events(people).iloc[::-1]
    assert log["action"].tolist() == ["create", "use", "use", "revoke"]
    assert log["actor"].tolist() == ["konto-admin", "konto-viewer", "konto-viewer", "konto-admin"]
    assert log["detail"].tolist()[1:3] == [f"GET {V1}/plans", f"GET {V1}/plans/{PLAN}/measures"]
    listed = tokens.listing(people).iloc[0]
    assert listed["prefix"] == token[: tokens.SHOWN] and not listed.isna()["last_used_at"]
    assert "token_hash" not in tokens.listing(people).columns


# The OpenAPI description --------------------------------------------------------------------


def test_the_openapi_description_is_well_formed_and_names_every_route_and_parameter(demo_db):
    with client(demo_db) as http:
        document = http.get(f"{V1}/openapi.json").json()
    assert document == api_spec.spec()
    assert document["openapi"] == "3.1.0"
    assert {"title", "version"} <= document["info"].keys()
    routes = {(path, "get"): allowed for path, _h, allowed, _r in api.ENDPOINTS}
    routes |= {(path, method.lower()): allowed for path, method, allowed in api.WRITES}
    operations = {
        (path, method): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }
    assert set(operations) == set(routes)
    refs: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            if "$ref" in node:
                refs.append(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    for ref in refs:  # every reference points at something
        target = document
        for part in ref.removeprefix("#/").split("/"):
            target = target[part]
    for (path, method), operation in operations.items():
        assert operation["responses"]["200"]["description"]
        names = [p["name"] for p in operation["parameters"]]
        in_path = {p["name"] for p in operation["parameters"] if p["in"] == "path"}
        assert in_path == {part[1:-1] for part in path.split("/") if part.startswith("{")}
        assert set(names) - in_path == set(routes[path, method])  # as the route checks
        for parameter in operation["parameters"]:
            assert parameter["in"] in ("path", "query")
            jsonschema.Draft202012Validator.check_schema(parameter["schema"])
        for answer in operation["responses"].values():
            for media in answer.get("content", {}).values():
                schema = {**media["schema"], "components": document["components"]}
                jsonschema.Draft202012Validator.check_schema(schema)
    for scheme in document["components"]["securitySchemes"].values():
        assert scheme["type"] in ("http", "apiKey")


# The command line ---------------------------------------------------------------------------


def test_tokens_add_list_revoke_on_the_command_line(tmp_path, capsys):
    from dashboard.db import Database

    path = tmp_path / "p.duckdb"
    db = Database.open(path)
    auth.add_user(db, "sjef", "admin", PASSWORD, by="test")
    db.close()
    args = ["--db", str(path)]
    assert cli.main(["tokens", "add", "GA4", "--owner", "sjef", "--role", "viewer", *args]) == 0
    token = capsys.readouterr().out.strip()
    assert token.startswith("ppt_") and len(token) > 40
    assert cli.main(["tokens", "list", "--json", *args]) == 0
    listed = capsys.readouterr().out
    assert '"label":"GA4"' in listed and token not in listed
    assert cli.main(["tokens", "revoke", "1", *args]) == 0
    assert cli.main(["tokens", "revoke", "1", *args]) == 1
    assert "nummer 1" in capsys.readouterr().err
    assert cli.main(["tokens", "add", "x", "--owner", "sjef", "--role", "boss", *args]) == 2
    db = Database.open(path)
    assert tokens.read(db, token, use="test") is None
    db.close()


# The admin's page ---------------------------------------------------------------------------


def test_the_admin_makes_a_token_on_the_users_page_sees_it_once_and_revokes_it(demo_env):
    at = run_page("pages/brukere.py", role="admin")
    assert any(s.value == "API-nøkler" for s in at.subheader)
    at.text_input(key="token_label").input("Nattlig GA4")
    at.selectbox(key="token_role").select("viewer")
    at.button[[b.label for b in at.button].index("Lag nøkkel")].click().run()
    assert not at.exception
    shown = [c.value for c in at.code]
    assert len(shown) == 1 and shown[0].startswith(tokens.TOKEN_PREFIX)
    db = state.database()
    assert tokens.read(db, shown[0], use="test").name == "test-admin"
    assert any("Nøkkel nummer 1 er laget" in s.value for s in at.success)
    at.run()
    assert not at.code  # shown once only
    at.button(key="revoke_token_button").click().run()
    assert any("Nøkkel nummer 1 er trukket tilbake" in s.value for s in at.success)
    assert tokens.read(db, shown[0], use="test") is None
