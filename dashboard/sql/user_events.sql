-- The latest changes to accounts: who changed whose account, and how.
SELECT happened_at, actor, action, target, detail
FROM user_event
ORDER BY id DESC
LIMIT 50
