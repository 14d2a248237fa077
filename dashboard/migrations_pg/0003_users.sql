-- PostgreSQL form of dashboard/migrations/0003_users.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- Local accounts, sign-in attempts (for throttling), app settings (the cookie
-- secret when none is configured) and who changed which account.
CREATE TABLE app_user (
    name          VARCHAR PRIMARY KEY,
    role          VARCHAR NOT NULL CHECK (role IN ('viewer', 'secretariat', 'admin')),
    password_hash VARCHAR NOT NULL,       -- argon2id, never shown
    token_version INTEGER NOT NULL DEFAULT 1,  -- raised to sign out everywhere
    created_at    TIMESTAMP NOT NULL DEFAULT current_timestamp,
    created_by    VARCHAR NOT NULL,
    updated_at    TIMESTAMP
);

CREATE SEQUENCE login_attempt_id START 1;
CREATE TABLE login_attempt (
    id         BIGINT PRIMARY KEY DEFAULT nextval('login_attempt_id'),
    attempted_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    user_name  VARCHAR NOT NULL,
    address    VARCHAR,
    succeeded  BOOLEAN NOT NULL
);
CREATE INDEX login_attempt_user ON login_attempt (user_name, attempted_at);

CREATE TABLE app_setting (
    key   VARCHAR PRIMARY KEY,
    value VARCHAR NOT NULL
);

CREATE SEQUENCE user_event_id START 1;
CREATE TABLE user_event (
    id     BIGINT PRIMARY KEY DEFAULT nextval('user_event_id'),
    happened_at TIMESTAMP NOT NULL DEFAULT current_timestamp,
    actor  VARCHAR NOT NULL,
    action VARCHAR NOT NULL CHECK (action IN ('add', 'remove', 'set_role', 'reset_password')),
    target VARCHAR NOT NULL,
    detail VARCHAR
);
