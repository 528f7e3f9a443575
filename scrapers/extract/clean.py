"""Boilerplate removal on an lxml tree: scripts, navigation, forms, share/related/comment boxes."""

from __future__ import annotations

import re

from lxml import html as lxml_html

# Elements that never hold article prose.
_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "form",
    "button",
    "input",
    "select",
    "textarea",
    "label",
    "nav",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "map",
    "dialog",
    "menu",
    "header",
)

# Class/id words that mark boilerplate on real sites (WordPress, Drupal, news CMSs).
_BOILER_WORDS = frozenset(
    """
    comment comments commentlist respond reply share sharing sharedaddy social socials
    related relatedposts recommended recommendations readmore newsletter subscribe subscription
    signup cookie cookies consent gdpr banner promo promotion advert advertisement advertising ad
    ads adsbygoogle adslot sponsor sponsored sidebar widget widgets breadcrumb breadcrumbs byline
    bio caption credit credits tags tagcloud popup modal outbrain taboola paywall skip menu
    navbar navigation nav toolbar pagination pager print masthead footer header topbar
    disclaimer copyright author-info meta postmeta dateline timestamp trending most-popular
    popular more-stories also-read inline-related newsletter-signup toc jump
    """.split()
)
_SPLIT = re.compile(r"[\s_\-]+")
_ROLE_DROP = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert"}
# Containers we never drop on their class alone: a theme may tag <body> "has-sidebar".
_KEEP_TAGS = {"html", "body", "main", "article"}


def _attr_words(el: lxml_html.HtmlElement) -> set[str]:
    raw = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    words = set(_SPLIT.split(raw))
    # Also match compound names like "post-tags" or "share-bar" as whole tokens.
    words.update(token for token in raw.split() if token)
    return words


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
    return bool(_attr_words(el) & _BOILER_WORDS)


def _remove(el: lxml_html.HtmlElement) -> None:
    """Remove an element but keep its tail text, which belongs to the parent."""
    if el.getparent() is not None:
        el.drop_tree()


def _text_len(el: lxml_html.HtmlElement) -> int:
    return len(" ".join(el.itertext()).split())


def clean_tree(tree: lxml_html.HtmlElement, keep_share: float = 0.5) -> lxml_html.HtmlElement:
    """Strip boilerplate in place and return the tree.

    An element flagged by its class alone is kept when it holds more than `keep_share` of
    the page's words: such a wrapper is the layout, not a box inside it.
    """
    for el in list(tree.iter(*_DROP_TAGS)):
        _remove(el)
    for el in list(tree.iter(lxml_html.etree.Comment)):
        _remove(el)
    body = tree.find(".//body")
    total = _text_len(body if body is not None else tree) or 1
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        if is_boilerplate_element(el) and _text_len(el) <= keep_share * total:
            _remove(el)
    return tree
