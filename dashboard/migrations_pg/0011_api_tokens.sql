-- PostgreSQL form of dashboard/migrations/0011_api_tokens.sql: the same version, tables,
-- columns and constraints (applied by dashboard/pg/migrate.py; tests/test_pg_schema.py
-- compares the two schemas).
-- API tokens (issue 11): a token lets a program use the HTTP API (/api/v1) as an
-- account with a role. An admin creates and revokes them; the token itself is shown
-- once and only its SHA-256 is kept, so a copy of the database opens nothing.
-- A token belongs to an account (app_user.account_id): removing the account ends
-- it, and it never does more than the account's role allows at the time of use.
CREATE SEQUENCE api_token_no START 1;
CREATE TABLE api_token (
    no            BIGINT PRIMARY KEY DEFAULT nextval('api_token_no'),
    label         VARCHAR NOT NULL,    -- what the token is for, e.g. "GA4 nightly"
    token_hash    VARCHAR NOT NULL,    -- sha256 of the token
    prefix        VARCHAR NOT NULL,    -- the token's first characters, to tell it apart
    role          VARCHAR NOT NULL CHECK (role IN ('viewer', 'secretariat', 'admin')),
    owner_account VARCHAR NOT NULL,    -- app_user.account_id
    owner_name    VARCHAR NOT NULL,    -- the account's name when the token was made
    created_at    TIMESTAMP NOT NULL,
    created_by    VARCHAR NOT NULL,
    revoked_at    TIMESTAMP,
    revoked_by    VARCHAR,
    last_used_at  TIMESTAMP
);

-- The tokens' audit log: who made or revoked which token, and every use of one.
CREATE SEQUENCE api_token_event_id START 1;
CREATE TABLE api_token_event (
    id          BIGINT PRIMARY KEY DEFAULT nextval('api_token_event_id'),
    happened_at TIMESTAMP NOT NULL,
    token_no    BIGINT NOT NULL,
    actor       VARCHAR NOT NULL,      -- the admin, or the token's owner for a use
    action      VARCHAR NOT NULL CHECK (action IN ('create', 'revoke', 'use')),
    detail      VARCHAR                -- for a use: the method and path
);
CREATE INDEX api_token_event_token ON api_token_event (token_no, happened_at);
