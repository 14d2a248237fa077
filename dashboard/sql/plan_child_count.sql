-- How many child plans (not archived) plan $plan_id has.
SELECT count(*) AS children FROM plan WHERE parent_id = $plan_id AND archived_at IS NULL
