-- Caches keyed by content and code version, so an unchanged page is neither re-extracted
-- nor re-analysed on the next run.
CREATE SCHEMA IF NOT EXISTS cache;

CREATE TABLE IF NOT EXISTS cache.extractions (
    page_sha           VARCHAR NOT NULL,
    multi_story        BOOLEAN NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    stories            JSON NOT NULL,     -- list of ExtractedArticle objects
    PRIMARY KEY (page_sha, multi_story, extractor_version)
);

CREATE TABLE IF NOT EXISTS cache.analyses (
    text_sha     VARCHAR NOT NULL,
    principal    VARCHAR NOT NULL,
    nlp_version  VARCHAR NOT NULL,
    analysis     JSON NOT NULL,           -- TextAnalysis without its text
    PRIMARY KEY (text_sha, principal, nlp_version)
);
