-- Raw layer: what was fetched, as fetched. Append-only; bodies live in the content-addressed store.
CREATE SCHEMA IF NOT EXISTS raw;

CREATE TABLE IF NOT EXISTS raw.pages (
    sha256      VARCHAR PRIMARY KEY,   -- SHA-256 of the body
    size        BIGINT NOT NULL,
    body_path   VARCHAR NOT NULL,      -- relative to TALLY_HOME/raw
    first_seen  TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS raw.fetches (
    run_id      VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    final_url   VARCHAR,
    status      INTEGER,
    headers     JSON,
    fetched_at  TIMESTAMP NOT NULL,
    sha256      VARCHAR NOT NULL,
    encoding    VARCHAR,
    unchanged   BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE IF NOT EXISTS raw.crawl_errors (
    run_id      VARCHAR NOT NULL,
    source_id   VARCHAR NOT NULL,
    url         VARCHAR NOT NULL,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR,
    status      INTEGER,
    failed_at   TIMESTAMP NOT NULL
);
