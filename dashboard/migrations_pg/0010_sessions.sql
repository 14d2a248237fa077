-- PostgreSQL form of dashboard/migrations/0010_sessions.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Sessions that stay revoked (issue 10).
-- Every account gets a random id that is never reused: a session names the
-- account by it, so a name removed and added again is a new account whose old
-- sessions open nothing. Accounts that exist already get one here.
-- (app_user.token_version, the old tokens' counter, is no longer read.)
ALTER TABLE app_user ADD COLUMN account_id VARCHAR;
UPDATE app_user SET account_id = replace(CAST(gen_random_uuid() AS VARCHAR), '-', '');
-- (no unique index: DuckDB cannot build one after the update in this transaction;
-- 128 random bits do not repeat, and auth.add_user checks before it inserts)

-- One row per sign-in. The browser's cookie carries the session id (signed);
-- only its SHA-256 is kept here, so a copy of the database opens no session.
CREATE SEQUENCE auth_session_no START 1;
CREATE TABLE auth_session (
    no            BIGINT PRIMARY KEY DEFAULT nextval('auth_session_no'),
    id_hash       VARCHAR NOT NULL,    -- sha256 of the session id (replaced once, at hand-off)
    account_id    VARCHAR NOT NULL,    -- app_user.account_id
    created_at    TIMESTAMP NOT NULL,
    expires_at    TIMESTAMP NOT NULL,
    last_seen_at  TIMESTAMP NOT NULL,
    revoked_at    TIMESTAMP,           -- signed out, or the account changed
    handoff_hash  VARCHAR,             -- sha256 of the one-time ticket the browser trades
    handoff_until TIMESTAMP,           -- for its HttpOnly cookie, and until when
    user_agent    VARCHAR,
    address       VARCHAR
);

-- Single sign-on: a sign-out ends every login of that identity issued before it
-- (the identity provider's cookie is Streamlit's; a copy of it stops working).
CREATE TABLE sso_sign_out (
    identity      VARCHAR PRIMARY KEY,  -- the e-mail address, lower case
    signed_out_at TIMESTAMP NOT NULL
);

-- The signing secret moves out of the database into a file beside it: auth.py
-- moves an existing app_setting 'session_secret' there on first start.
