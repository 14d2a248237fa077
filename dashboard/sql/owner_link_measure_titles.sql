-- Every measure of a plan: id and title (for the approval queue's list).
SELECT m.id, m.title
FROM measure m JOIN goal g ON g.id = m.goal_id
WHERE g.plan_id = $plan_id
