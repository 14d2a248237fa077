-- The newest submission of an owner in a plan: its state, when it was decided, and the
-- secretariat's comment (what the owner sees when opening the link again).
SELECT id, state, submitted_at, decided_at, comment
FROM owner_submission
WHERE plan_id = $plan_id AND owner_id = $owner_id
ORDER BY submitted_at DESC, id DESC
LIMIT 1
