"""Boilerplate removal on an lxml tree: scripts, navigation, forms, share/related/comment boxes."""

from __future__ import annotations

import re

from lxml import html as lxml_html

# Elements that never hold article prose.
_DROP_TAGS = tuple(
    "script style noscript template svg canvas iframe object embed button input select textarea "
    "label nav footer aside figure figcaption picture video audio map dialog menu".split()
)

# Class/id words that mark boilerplate on real sites (WordPress, Drupal, news CMSs). Strong
# words name boxes that are furniture whatever they contain (comments, related teasers).
_STRONG_WORDS = frozenset(
    """
    comment comments commentlist respond reply share sharing sharedaddy social socials
    related relatedposts recommended recommendations readmore newsletter subscribe subscription
    signup cookie cookies consent gdpr promo promotion advert advertisement advertising ad
    ads adsbygoogle adslot sponsor sponsored sidebar breadcrumb breadcrumbs byline outbrain
    taboola paywall navbar navigation nav pagination pager most-popular more-stories also-read
    inline-related newsletter-signup author-info popup modal
    """.split()
)
# Weak words are also used on wrappers of the article itself ("article-header print-body"),
# so they only remove an element that holds little prose.
_WEAK_WORDS = frozenset(
    """
    banner widget widgets bio caption credit credits tags tagcloud skip menu toolbar print
    masthead footer header topbar disclaimer copyright meta postmeta dateline timestamp
    trending popular toc jump
    """.split()
)
_SPLIT = re.compile(r"[\s_\-]+")
_ROLE_DROP = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
# Containers we never drop on their class alone: a theme may tag <body> "has-sidebar".
_KEEP_TAGS = {"html", "body", "main", "article"}
# Tags dropped only when they hold little prose: ASP.NET pages wrap everything in one <form>.
_GUARDED_TAGS = ("form", "header")
PROSE_CHARS = 100
PROSE_PARAGRAPHS = 3


def _attr_words(el: lxml_html.HtmlElement) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    words = set(_SPLIT.split(raw))
    # Also match compound names like "post-tags" or "share-bar" as whole tokens.
    words.update(token for token in raw.split() if token)
    return words


def has_prose(el: lxml_html.HtmlElement) -> bool:
    """Whether an element holds several real paragraphs (so it is not a small furniture box)."""
    count = 0
    for p in el.iter("p"):
        if len(p.text_content()) >= PROSE_CHARS:
            count += 1
            if count >= PROSE_PARAGRAPHS:
                return True
    return False


def is_boilerplate_element(el: lxml_html.HtmlElement) -> bool:
    """Whether class/id/role/hidden attributes mark this element as page furniture."""
    if el.tag in _KEEP_TAGS:
        return False
    if (el.get("role") or "").lower() in _ROLE_DROP:
        return True
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    style = (el.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    words = _attr_words(el)
    if words & _STRONG_WORDS:
        return True
    return bool(words & _WEAK_WORDS) and not has_prose(el)


def _remove(el: lxml_html.HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def _text_len(el: lxml_html.HtmlElement) -> int:
    return len(" ".join(el.itertext()).split())


def _is_wrapper(el: lxml_html.HtmlElement) -> bool:
    """Holds the article's landmarks (the headline, `<main>`, the schema.org body)."""
    return (
        el.find(".//h1") is not None
        or el.find(".//main") is not None
        or el.find(".//*[@itemprop='articleBody']") is not None
    )


def clean_tree(tree: lxml_html.HtmlElement, keep_share: float = 0.8) -> lxml_html.HtmlElement:
    """Strip boilerplate in place and return the tree.

    An element flagged by its attributes is kept when it wraps the article's landmarks or holds
    more than `keep_share` of the page's words: then it is the layout, not a box inside it.
    """
    for el in list(tree.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(tree.iter(*_GUARDED_TAGS)):
        if not has_prose(el):
            _remove(el)
    for el in list(tree.iter(lxml_html.etree.Comment)):
        _remove(el)
    body = tree.find(".//body")
    total = _text_len(body if body is not None else tree) or 1
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getroottree().getroot() is not tree:
            continue  # already removed along with an ancestor
        if (
            is_boilerplate_element(el)
            and not _is_wrapper(el)
            and _text_len(el) <= keep_share * total
        ):
            _remove(el)
    return tree
