-- PostgreSQL variant of ../ingest_measures_apply.sql: CREATE OR REPLACE TEMP TABLE is
-- CREATE TEMP TABLE … ON COMMIT DROP; to_json(row) is to_jsonb(row) and
-- to_json(struct_pack(…)) jsonb_build_object(…); list(x) is array_agg(x) (in id order:
-- DuckDB's list has no order either) and [] is ARRAY[]; list_contains(l, x) is
-- x = ANY(l); any_value() (not in PostgreSQL 15) is min() of the one value; QUALIFY is a
-- filter on the numbered rows of a subquery; the slug macro is the temporary function
-- pg_temp.pp_slug (dashboard/pg/ingest.py); a subquery in FROM has a name.
CREATE TEMP TABLE new_names ON COMMIT DROP AS
SELECT DISTINCT 'owner' AS what, owner_name AS name FROM actions
WHERE owner_id IS NULL AND owner_name IS NOT NULL AND action <> 'unchanged'
UNION ALL
SELECT DISTINCT 'channel', n FROM (SELECT unnest(channel_names) AS n FROM actions
                                   WHERE action <> 'unchanged') names
WHERE lower(n) NOT IN (SELECT lower(name) FROM channel WHERE organisation_id = $org_id)
UNION ALL
SELECT DISTINCT 'audience', n FROM (SELECT unnest(audience_names) AS n FROM actions
                                    WHERE action <> 'unchanged') names
WHERE lower(n) NOT IN (SELECT lower(name) FROM audience WHERE organisation_id = $org_id);

INSERT INTO owner (id, organisation_id, name, email, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, name) IN (SELECT id FROM owner)
            THEN pg_temp.pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pg_temp.pp_slug($org_id, name) END,
       $org_id, name,
       (SELECT min(a.owner_email) FROM actions a
        WHERE lower(a.owner_name) = lower(n.name) AND a.owner_email IS NOT NULL),
       $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'owner') n;

INSERT INTO channel (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, name) IN (SELECT id FROM channel)
            THEN pg_temp.pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pg_temp.pp_slug($org_id, name) END,
       $org_id, name,
       coalesce((SELECT min(s.scope) FROM channel_scopes s
                 WHERE lower(s.name) = lower(n.name)),
                (SELECT min(a.scope_given) FROM actions a
                 WHERE lower(n.name) = ANY(a.channel_key)), $scope),
       $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'channel') n;

-- Existing owners and channels the file gives another e-mail or scope: the whole
-- previous row is kept for undo, and the changed row carries this batch.
CREATE TEMP TABLE changed_owners ON COMMIT DROP AS
SELECT o.id, min(a.owner_email) AS email
FROM actions a JOIN owner o ON o.id = a.owner_id
WHERE a.action <> 'unchanged' AND a.owner_email IS NOT NULL
  AND o.email IS DISTINCT FROM a.owner_email AND o.import_batch_id IS DISTINCT FROM $batch
GROUP BY o.id;

CREATE TEMP TABLE changed_channels ON COMMIT DROP AS
SELECT c.id, min(a.scope_given) AS scope
FROM actions a JOIN channel c ON c.organisation_id = $org_id
     AND lower(c.name) = ANY(a.channel_key)
WHERE a.action <> 'unchanged' AND a.scope_given IS NOT NULL AND c.scope <> a.scope_given
  AND c.import_batch_id IS DISTINCT FROM $batch
GROUP BY c.id;

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'owner', o.id, to_jsonb(o)
FROM owner o WHERE o.id IN (SELECT id FROM changed_owners);

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'channel', c.id, to_jsonb(c)
FROM channel c WHERE c.id IN (SELECT id FROM changed_channels);

UPDATE owner SET email = x.email, import_batch_id = $batch
FROM changed_owners x WHERE owner.id = x.id;

UPDATE channel SET scope = x.scope, import_batch_id = $batch
FROM changed_channels x WHERE channel.id = x.id;

INSERT INTO audience (id, organisation_id, name, scope, import_batch_id, source)
SELECT CASE WHEN pg_temp.pp_slug($org_id, name) IN (SELECT id FROM audience)
            THEN pg_temp.pp_slug($org_id, name) || '-' || left(md5(name), 6)
            ELSE pg_temp.pp_slug($org_id, name) END,
       $org_id, name, 'external', $batch, $file
FROM (SELECT DISTINCT ON (lower(name)) name FROM new_names WHERE what = 'audience') n;

INSERT INTO batch_change (batch_id, table_name, row_key, previous)
SELECT $batch, 'measure', m.id,
       jsonb_build_object(
           'goal_id', m.goal_id, 'title', m.title, 'owner_id', m.owner_id,
           'start_date', m.start_date, 'due_date', m.due_date, 'weight', m.weight,
           'import_batch_id', m.import_batch_id, 'source', m.source,
           'channels', (SELECT array_agg(channel_id ORDER BY channel_id) FROM measure_channel
                        WHERE measure_id = m.id),
           'audiences', (SELECT array_agg(audience_id ORDER BY audience_id)
                         FROM measure_audience WHERE measure_id = m.id),
           'depends_on', coalesce((SELECT array_agg(depends_on ORDER BY depends_on)
                                   FROM measure_dependency WHERE measure_id = m.id),
                                  ARRAY[]::VARCHAR[]))
FROM measure m JOIN actions a ON a.measure_id = m.id
WHERE a.action = 'changed' AND NOT a.same_fields;

UPDATE measure
SET goal_id = a.goal_id, title = a.title,
    owner_id = (SELECT o.id FROM owner o WHERE o.organisation_id = $org_id
                AND lower(o.name) = lower(a.owner_name) LIMIT 1),
    start_date = a.start_date, due_date = a.due_date, weight = a.weight,
    import_batch_id = $batch, source = $file || ':' || a.line
FROM actions a
WHERE a.action = 'changed' AND NOT a.same_fields AND measure.id = a.measure_id;

INSERT INTO measure (id, goal_id, title, owner_id, start_date, due_date, weight, sort_order,
                     import_batch_id, source)
SELECT a.measure_id, a.goal_id, a.title,
       (SELECT o.id FROM owner o WHERE o.organisation_id = $org_id
        AND lower(o.name) = lower(a.owner_name) LIMIT 1),
       a.start_date, a.due_date, a.weight,
       (SELECT coalesce(max(sort_order), 0) FROM measure) + a.seq + 1,
       $batch, $file || ':' || a.line
FROM actions a WHERE a.action = 'added'
ORDER BY a.seq;

DELETE FROM measure_channel WHERE measure_id IN (
    SELECT measure_id FROM actions WHERE action <> 'unchanged' AND NOT same_fields);

DELETE FROM measure_audience WHERE measure_id IN (
    SELECT measure_id FROM actions WHERE action <> 'unchanged' AND NOT same_fields);

INSERT INTO measure_channel (measure_id, channel_id)
SELECT DISTINCT measure_id, id FROM (
    SELECT a.measure_id, c.id,
           row_number() OVER (PARTITION BY a.measure_id, lower(a.name) ORDER BY c.id) AS k
    FROM (SELECT measure_id, unnest(channel_names) AS name FROM actions
          WHERE action <> 'unchanged' AND NOT same_fields) a
    JOIN channel c ON c.organisation_id = $org_id AND lower(c.name) = lower(a.name)) named
WHERE k = 1;

INSERT INTO measure_audience (measure_id, audience_id)
SELECT DISTINCT measure_id, id FROM (
    SELECT a.measure_id, au.id,
           row_number() OVER (PARTITION BY a.measure_id, lower(a.name) ORDER BY au.id) AS k
    FROM (SELECT measure_id, unnest(audience_names) AS name FROM actions
          WHERE action <> 'unchanged' AND NOT same_fields) a
    JOIN audience au ON au.organisation_id = $org_id AND lower(au.name) = lower(a.name)) named
WHERE k = 1;

DELETE FROM measure_dependency WHERE measure_id IN (
    SELECT measure_id FROM actions
    WHERE action <> 'unchanged' AND NOT same_fields AND depends_given);

INSERT INTO measure_dependency (measure_id, depends_on, import_batch_id)
SELECT DISTINCT measure_id, unnest(depends_ids), $batch FROM actions
WHERE action <> 'unchanged' AND NOT same_fields AND depends_given;

INSERT INTO status_update (measure_id, update_date, status, progress, comment, reported_by,
                           illustrative, import_batch_id, source)
SELECT measure_id, status_date, status, progress, comment, $by, false, $batch,
       $file || ':' || line
FROM actions WHERE new_status AND action <> 'unchanged'
ORDER BY seq;
