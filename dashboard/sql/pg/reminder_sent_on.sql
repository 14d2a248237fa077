-- PostgreSQL variant of ../reminder_sent_on.sql: the plan of the owner's latest mail that
-- day is the first of the plans ordered by id, latest first (DuckDB: arg_max).
-- The owners mailed a reminder on $day (any plan: never twice a day), with the plan.
SELECT owner_id, (array_agg(plan_id ORDER BY id DESC))[1] AS plan_id, max(sent_at) AS sent_at
FROM reminder_sent
WHERE sent_on = $day
GROUP BY owner_id
