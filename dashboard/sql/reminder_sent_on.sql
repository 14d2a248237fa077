-- The owners mailed a reminder on $day (any plan: never twice a day), with the plan.
SELECT owner_id, arg_max(plan_id, id) AS plan_id, max(sent_at) AS sent_at
FROM reminder_sent
WHERE sent_on = $day
GROUP BY owner_id
