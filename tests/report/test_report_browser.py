"""Open the written HTML report in real headless Chromium (Debian's, via Playwright).

Installs nothing: `.ci/install-chromium.sh` provides /usr/bin/chromium. Without it the test
skips on a developer machine and fails in CI (env CI set), where the browser must be there.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.report.render import write_report

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing; run .ci/install-chromium.sh (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


def test_report_opens_cleanly_in_chromium(
    tmp_path: Path, hostile_reconciliation, hostile_mentions
) -> None:
    _require_chromium()
    from playwright.sync_api import sync_playwright

    html_path, _ = write_report(hostile_reconciliation, tmp_path / "report", hostile_mentions)
    page_url = html_path.resolve().as_uri()
    console_errors: list[str] = []
    page_errors: list[str] = []
    requests: list[str] = []

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.on(
                "console",
                lambda msg: console_errors.append(msg.text) if msg.type == "error" else None,
            )
            page.on("pageerror", lambda err: page_errors.append(str(err)))
            page.on("request", lambda req: requests.append(req.url))
            page.goto(page_url, wait_until="load")
            page.wait_for_timeout(200)  # let anything deferred (it should not exist) fire

            pwned = page.evaluate("typeof window.__pwned")
            scripts = page.evaluate("document.querySelectorAll('script').length")
            handlers = page.evaluate(
                """Array.from(document.querySelectorAll('*'))
                     .flatMap(el => Array.from(el.attributes))
                     .filter(a => a.name.startsWith('on')).length"""
            )
            images = page.evaluate("document.images.length")
            hrefs = page.evaluate("Array.from(document.links).map(a => a.href)")
            svgs = page.locator("svg.chart")
            svg_count = svgs.count()
            box = svgs.bounding_box()
            markers = page.locator("svg.chart g.marker").count()
            h2 = page.locator("h2").all_inner_texts()
            first_claim = page.locator("#claims article").first.get_attribute("class")
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            svgs.screenshot(path=str(tmp_path / "chart.png"))
        finally:
            browser.close()

    assert console_errors == []
    assert page_errors == []
    assert requests == [page_url]  # nothing but the file itself: no fonts, images, favicon
    assert scripts == 0
    assert handlers == 0
    assert images == 0
    assert pwned == "undefined"
    assert all(h.startswith(("http://", "https://", page_url + "#")) for h in hrefs), hrefs
    assert svg_count == 1
    assert box is not None and box["width"] > 100 and box["height"] > 100
    numeric = [c for c in hostile_reconciliation.claims if c.value is not None]
    assert markers == len(numeric)
    assert [t.split(". ", 1)[0] for t in h2] == ["1", "2", "3", "4", "5", "6"]
    assert "claim-contradicts" in (first_claim or "")
    assert (tmp_path / "report.png").stat().st_size > 10_000


def test_missing_chromium_skips_locally_and_fails_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The module global read by _require_chromium; importlib mode gives no importable name.
    monkeypatch.setitem(globals(), "CHROMIUM", tmp_path / "no-chromium")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="install-chromium"):
        _require_chromium()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="install-chromium"):
        _require_chromium()
