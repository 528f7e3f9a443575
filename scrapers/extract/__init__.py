"""Article extraction: main text and metadata, multi-story pages, syndicated copies.

Entry points: `article.extract_article`, `article.extract_article_file`,
`stories.split_stories`, `syndication.group_syndicated` and `syndication.story_key`.
"""
