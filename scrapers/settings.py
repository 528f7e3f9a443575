"""Scrapy settings for Tally's crawl: polite, bounded and safe by default.

Loaded by ``scrapers.run_crawl`` with ``Settings.setmodule``; any value can be overridden per run
(``run_crawl(..., settings_overrides=...)``), which is how tests make timeouts and backoff tiny.
"""

BOT_NAME = "tally"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

# Honest identification with a contact URL.
# PLACEHOLDER project URL: replace with the real repository/contact page before live crawling.
USER_AGENT = "TallyBot/0.1 (+https://github.com/tally-project/tally)"

ROBOTSTXT_OBEY = True

# Politeness: few parallel requests per site, delays adapted to the server's latency.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# Bounds: a hung server or a huge body cannot stall or flood the crawl.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
REDIRECT_ENABLED = True
REDIRECT_MAX_TIMES = 5

# Retries: transient server errors and rate limits, with exponential backoff
# (scrapers.middlewares.BackoffRetryMiddleware replaces Scrapy's RetryMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
TALLY_RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry; doubles each time
TALLY_RETRY_BACKOFF_MAX = 30.0

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    # Fixes robots.txt being skipped for requests queued while it downloads (see the class).
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "scrapers.middlewares.SharedRobotsTxtMiddleware": 100,
    "scrapers.middlewares.BackoffRetryMiddleware": 550,
    # Before the robots middleware (100) so off-domain requests never even fetch robots.txt.
    "scrapers.middlewares.SourceDomainMiddleware": 90,
}

ITEM_PIPELINES = {
    "scrapers.item_pipelines.ValidateItemPipeline": 100,
    "scrapers.item_pipelines.JsonLinesWriterPipeline": 900,
}

# Only the schemes we crawl; everything else is refused outright.
DOWNLOAD_HANDLERS = {
    "data": None,
    "s3": None,
    "ftp": None,
}

# No remote control of a running crawler.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
EXTENSIONS = {
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.remote_control.RemoteControl": None,
}

COOKIES_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
