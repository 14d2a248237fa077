-- The signing secret a PostgreSQL store keeps (every dashboard process reads the same);
-- the first process to ask writes it, the others keep that one.
INSERT INTO app_setting (key, value) VALUES ('session_secret', $value)
ON CONFLICT (key) DO NOTHING
