-- The recorded meetings of plan $plan_id, oldest first.
SELECT id, plan_id, name, meeting_date, plan_name, organisation, cadence_days, illustrative,
       note, recorded_at, recorded_by
FROM meeting
WHERE plan_id = $plan_id
ORDER BY meeting_date, id
