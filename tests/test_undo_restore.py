"""Undo puts back goal targets, owners, channels and target groups a batch changed or removed.

The writer's rule (migrations/0005): store the whole row before changing or
removing it, and mark a changed row with the batch. These tests write such a
batch by hand and check that undo restores exactly the stored rows.
"""

from dashboard.ingest.batches import undo


def _batch(cur) -> int:
    return cur.execute(
        "INSERT INTO import_batch (created_by, file_name, kind) "
        "VALUES ('test', 'edit', 'edit') RETURNING id"
    ).fetchone()[0]


def _keep(cur, batch, table, key, where):
    # The table name comes from this test's literals only.
    cur.execute(
        "INSERT INTO batch_change SELECT $b, $t, $k, to_json(x)::VARCHAR FROM "
        + table
        + " x WHERE "
        + where,
        {"b": batch, "t": table, "k": key},
    )


def test_undo_restores_changed_and_removed_rows_of_the_new_tables(demo_db):
    db = demo_db
    kpi = db.sql("SELECT * FROM goal_kpi ORDER BY goal_id, metric LIMIT 1").iloc[0]
    owner = db.sql("SELECT * FROM owner ORDER BY id LIMIT 1").iloc[0]
    channel = db.sql("SELECT * FROM channel ORDER BY id LIMIT 1").iloc[0]
    audience = db.sql("SELECT * FROM audience ORDER BY id LIMIT 1").iloc[0]
    before = {
        t: db.sql(f"SELECT * FROM {t} ORDER BY ALL")
        for t in ("goal_kpi", "owner", "channel", "audience")
    }
    with db.write() as cur:
        b = _batch(cur)
        _keep(cur, b, "owner", owner["id"], f"id = '{owner['id']}'")
        cur.execute(
            "UPDATE owner SET email = 'ny@example.no', name = 'Ny rolle', import_batch_id = $b "
            "WHERE id = $id",
            {"b": b, "id": owner["id"]},
        )
        _keep(cur, b, "channel", channel["id"], f"id = '{channel['id']}'")
        cur.execute(
            "UPDATE channel SET scope = CASE scope WHEN 'internal' THEN 'external' "
            "ELSE 'internal' END, import_batch_id = $b WHERE id = $id",
            {"b": b, "id": channel["id"]},
        )
        _keep(cur, b, "audience", audience["id"], f"id = '{audience['id']}'")
        cur.execute(
            "UPDATE audience SET name = 'Andre' , import_batch_id = $b WHERE id = $id",
            {"b": b, "id": audience["id"]},
        )
        where = (
            f"goal_id = '{kpi['goal_id']}' AND channel_id = '{kpi['channel_id']}' "
            f"AND metric = '{kpi['metric']}' AND period_start = '{kpi['period_start'].date()}'"
        )
        _keep(cur, b, "goal_kpi", "one target", where)
        cur.execute("DELETE FROM goal_kpi WHERE " + where)
    assert db.scalar("SELECT email FROM owner WHERE id = $i", {"i": owner["id"]}) == "ny@example.no"

    undo(db, b, by="test")

    for table, rows in before.items():
        after = db.sql(f"SELECT * FROM {table} ORDER BY ALL")
        assert after.equals(rows), table
