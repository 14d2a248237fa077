-- Channels a metrics upload would create (view parsed_named: its rows with their names).
SELECT DISTINCT channel_name FROM parsed_named
WHERE channel_id IS NULL AND channel_name IS NOT NULL
ORDER BY 1
