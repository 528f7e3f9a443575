-- Analyst layer: the stable, documented views (docs/data_dictionary.md). Analysts depend on
-- these names and columns only.
CREATE OR REPLACE VIEW sources AS
SELECT source_id, publisher, kind, url
FROM core.sources;

CREATE OR REPLACE VIEW articles AS
SELECT a.article_id, a.source_id, a.url, a.publisher, a.title,
       a.published_at, a.language, a.text
FROM core.articles AS a;

CREATE OR REPLACE VIEW entity_mentions AS
SELECT m.article_id, m.code, m.kind, m.text,
       m.start_char AS "start", m.end_char AS "end", m.role
FROM core.entity_mentions AS m;

CREATE OR REPLACE VIEW claims AS
SELECT c.claim_id, c.article_id, a.source_id, a.url, a.publisher, a.published_at,
       c.sentence, c.text, c.value, c.qualifier, c.noun, c.scope, c.kind,
       v.verdict, v.convention, v.expected, v.delta, v.explanation
FROM core.claims AS c
JOIN core.articles AS a USING (article_id)
LEFT JOIN core.verdicts AS v USING (claim_id);

CREATE OR REPLACE VIEW roster AS
SELECT e.roster_version, r.as_of, e.entity_code, e.name, e.kind, r.source_id
FROM core.roster_entries AS e
JOIN core.roster_versions AS r USING (roster_version);

CREATE OR REPLACE VIEW crawl_errors AS
SELECT source_id, url, reason, detail, status, failed_at
FROM raw.crawl_errors
WHERE run_id = (SELECT run_id FROM core.runs ORDER BY started_at DESC LIMIT 1);
