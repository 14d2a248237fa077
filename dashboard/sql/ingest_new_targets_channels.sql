-- Channels a targets upload would create, each once whatever its spelling's case.
SELECT DISTINCT ON (lower(channel_name)) channel_name FROM parsed
WHERE channel_id IS NULL AND channel_name IS NOT NULL
ORDER BY lower(channel_name)
