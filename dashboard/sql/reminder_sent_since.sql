-- How many reminders the schedule sent for plan $plan_id on or after $day.
SELECT count(*) AS sent FROM reminder_sent WHERE plan_id = $plan_id AND via = 'schedule' AND sent_on >= $day
