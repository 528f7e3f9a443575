"""NLP step: articles -> entity mentions, count claims and enumerations, cached per text."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import duckdb

import nlp
from nlp.models import ClaimPart, CountClaim, EntityMention, Enumeration, TextAnalysis
from nlp.pipeline import analyze_many
from pipelines.steps.common import sha256_text, short_id
from pipelines.versions import code_version
from warehouse.load import cached_analysis, replace_tables, store_analysis

NLP_VERSION = code_version(Path(nlp.__file__).parent)


@dataclass
class AnalyzeSummary:
    articles: int
    reanalyzed: int
    mentions: int
    claims: int
    enumerations: int


def _to_cache(analysis: TextAnalysis) -> dict:
    return {
        "entities": [asdict(e) for e in analysis.entities],
        "claims": [asdict(c) for c in analysis.claims],
        "enumerations": [asdict(n) for n in analysis.enumerations],
    }


def _from_cache(text: str, data: dict) -> TextAnalysis:
    claims = []
    for raw in data["claims"]:
        parts = [ClaimPart(**p) for p in raw.get("parts", [])]
        claims.append(CountClaim(**(raw | {"parts": parts})))
    return TextAnalysis(
        text=text,
        entities=[EntityMention(**e) for e in data["entities"]],
        claims=claims,
        enumerations=[Enumeration(**n) for n in data["enumerations"]],
    )


def analyses_for(
    con: duckdb.DuckDBPyConnection, texts: list[str], principal: str
) -> tuple[list[TextAnalysis], int]:
    """Analysis of each text, from the cache where the same text was analysed before."""
    results: dict[int, TextAnalysis] = {}
    todo: list[int] = []
    for i, text in enumerate(texts):
        cached = cached_analysis(con, sha256_text(text), principal, NLP_VERSION)
        if cached is None:
            todo.append(i)
        else:
            results[i] = _from_cache(text, cached)
    for i, analysis in zip(
        todo, analyze_many([texts[i] for i in todo], principal=principal), strict=True
    ):
        store_analysis(con, sha256_text(texts[i]), principal, NLP_VERSION, _to_cache(analysis))
        results[i] = analysis
    return [results[i] for i in range(len(texts))], len(todo)


def analyze_step(con: duckdb.DuckDBPyConnection, principal: str) -> AnalyzeSummary:
    """Analyse every current article and rebuild the mention, claim and enumeration tables."""
    rows = con.execute("SELECT article_id, text FROM core.articles ORDER BY article_id").fetchall()
    analyses, reanalyzed = analyses_for(con, [text for _, text in rows], principal)
    mentions, claims, enumerations = [], [], []
    for (article_id, text), analysis in zip(rows, analyses, strict=True):
        for e in analysis.entities:
            mentions.append(
                {
                    "article_id": article_id,
                    "code": e.code,
                    "kind": e.kind,
                    "text": e.text,
                    "start_char": e.start,
                    "end_char": e.end,
                    "role": e.role,
                    "sentence_start": e.sentence_start,
                    "sentence_end": e.sentence_end,
                }
            )
        for c in analysis.claims:
            claims.append(
                {
                    "claim_id": short_id(article_id, c.start, c.end),
                    "article_id": article_id,
                    "text": c.text,
                    "start_char": c.start,
                    "end_char": c.end,
                    "sentence_start": c.sentence_start,
                    "sentence_end": c.sentence_end,
                    "sentence": text[c.sentence_start : c.sentence_end].strip(),
                    "value": c.value,
                    "qualifier": c.qualifier,
                    "noun": c.noun,
                    "scope": c.scope,
                    "kind": c.kind,
                    "parts": [asdict(p) for p in c.parts],
                }
            )
        for n in analysis.enumerations:
            enumerations.append(
                {
                    "article_id": article_id,
                    "start_char": n.start,
                    "end_char": n.end,
                    "codes": list(n.codes),
                    "cue": n.cue,
                }
            )
    replace_tables(
        con,
        {
            "core.entity_mentions": mentions,
            "core.claims": claims,
            "core.enumerations": enumerations,
        },
    )
    return AnalyzeSummary(
        articles=len(rows),
        reanalyzed=reanalyzed,
        mentions=len(mentions),
        claims=len(claims),
        enumerations=len(enumerations),
    )
