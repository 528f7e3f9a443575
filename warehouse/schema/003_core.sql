-- Core layer: clean tables for the current state of one topic, rebuilt by each run
-- (delete-then-insert inside one transaction per asset).
CREATE SCHEMA IF NOT EXISTS core;

CREATE TABLE IF NOT EXISTS core.runs (
    run_id        VARCHAR PRIMARY KEY,
    topic         VARCHAR NOT NULL,
    principal     VARCHAR NOT NULL,
    sources_file  VARCHAR NOT NULL,
    live          BOOLEAN NOT NULL,
    started_at    TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS core.sources (
    source_id  VARCHAR PRIMARY KEY,
    publisher  VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL,
    url        VARCHAR,
    snapshot   VARCHAR,
    published  DATE
);

CREATE TABLE IF NOT EXISTS core.articles (
    article_id    VARCHAR PRIMARY KEY,
    source_id     VARCHAR NOT NULL,
    page_sha      VARCHAR NOT NULL,
    story_index   INTEGER NOT NULL,
    story_id      VARCHAR NOT NULL,    -- syndicated copies of one story share it
    url           VARCHAR,
    publisher     VARCHAR,
    title         VARCHAR,
    author        VARCHAR,
    published_at  DATE,
    language      VARCHAR,
    text          VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS core.entity_mentions (
    article_id      VARCHAR NOT NULL,
    code            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    role            VARCHAR NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    PRIMARY KEY (article_id, start_char, end_char)
);

CREATE TABLE IF NOT EXISTS core.claims (
    claim_id        VARCHAR PRIMARY KEY,
    article_id      VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    start_char      INTEGER NOT NULL,
    end_char        INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    value           INTEGER,
    qualifier       VARCHAR NOT NULL,
    noun            VARCHAR,
    scope           VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    parts           JSON
);

CREATE TABLE IF NOT EXISTS core.enumerations (
    article_id  VARCHAR NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    codes       VARCHAR[] NOT NULL,
    cue         VARCHAR,
    PRIMARY KEY (article_id, start_char)
);

CREATE TABLE IF NOT EXISTS core.roster_versions (
    roster_version   INTEGER PRIMARY KEY,
    as_of            DATE,
    source_id        VARCHAR NOT NULL,
    article_id       VARCHAR NOT NULL,
    size             INTEGER NOT NULL,
    added            VARCHAR[],
    removed          VARCHAR[],
    disagrees_with   VARCHAR[]
);

CREATE TABLE IF NOT EXISTS core.roster_entries (
    roster_version  INTEGER NOT NULL,
    entity_code     VARCHAR NOT NULL,
    name            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,
    PRIMARY KEY (roster_version, entity_code)
);

CREATE TABLE IF NOT EXISTS core.conventions (
    convention      VARCHAR NOT NULL,
    roster_version  INTEGER NOT NULL,
    label           VARCHAR NOT NULL,
    total           INTEGER NOT NULL,
    description     VARCHAR,
    PRIMARY KEY (convention, roster_version)
);

CREATE TABLE IF NOT EXISTS core.verdicts (
    claim_id            VARCHAR PRIMARY KEY,
    verdict             VARCHAR NOT NULL,
    convention          VARCHAR,   -- convention key, or the mechanism's name
    mechanism           VARCHAR,   -- for explained verdicts: how the difference is explained
    roster_version      INTEGER,   -- the roster version the verdict was judged against
    expected            INTEGER,
    delta               INTEGER,
    explanation         VARCHAR NOT NULL,
    evidence_claim_ids  VARCHAR[],
    syndicated_copies   VARCHAR[]
);

CREATE TABLE IF NOT EXISTS core.answer (
    position   INTEGER PRIMARY KEY,
    paragraph  VARCHAR NOT NULL
);
