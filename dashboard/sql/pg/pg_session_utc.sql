-- PostgreSQL only: every pooled connection works in UTC, so that DEFAULT current_timestamp
-- stores UTC in a TIMESTAMP column, as Planpuls stores every time (auth.now()).
SET TIME ZONE 'UTC'
