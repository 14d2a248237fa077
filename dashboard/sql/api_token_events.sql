-- The latest entries of the API tokens' audit log.
SELECT e.happened_at, e.token_no, t.label, e.actor, e.action, e.detail
FROM api_token_event e
LEFT JOIN api_token t ON t.no = e.token_no
ORDER BY e.id DESC
LIMIT $limit
