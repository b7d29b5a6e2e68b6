"""The web app and API, served for real and driven in headless Chromium with Playwright."""

from __future__ import annotations

import http.server
import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest

from tests.conftest import DISPUTED, EXAMPLE, ROOT

CHROMIUM = os.environ.get("STORYLENS_CHROMIUM", "/usr/bin/chromium")  # as install.sh checks
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLE.glob("*.txt"))]
DISPUTING = [p.read_text(encoding="utf-8") for p in sorted(DISPUTED.glob("*.txt"))]
MAX_BODY = 300_000
SHORT = "The bridge over the river reopened on Monday after two weeks of repairs, officials said."


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(tmp: Path, *extra: str) -> tuple[str, subprocess.Popen]:
    port = free_port()
    log = open(tmp / f"server-{port}.log", "wb")  # noqa: SIM115 - closed with the process
    proc = subprocess.Popen([sys.executable, "-m", "storylens.cli", "serve", "--port", str(port),
                             "--db", str(tmp / f"db-{port}.sqlite3"), "--max-body", str(MAX_BODY), *extra],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code == 200:
                return base, proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            break
        time.sleep(0.5)
    proc.kill()
    raise RuntimeError((tmp / f"server-{port}.log").read_text())


def wait_until_ready(base: str, seconds: float = 120) -> dict:
    """Poll /api/health until every worker is ready again (a replaced worker loads its models)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = httpx.get(f"{base}/api/health", timeout=10).json()
        if state["status"] == "ok" and state["ready"] == state["workers"]:
            return state
        time.sleep(0.3)
    raise AssertionError(f"workers not ready after {seconds} s: {state}")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base, proc = start_server(tmp_path_factory.mktemp("web"))
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def open_server(tmp_path_factory):
    """A server allowed to fetch loopback URLs, for testing URL fetching against a local site."""
    base, proc = start_server(tmp_path_factory.mktemp("web-open"), "--allow-private-urls", "--workers", "1")
    yield base
    proc.terminate()
    proc.wait(timeout=30)


@pytest.fixture(scope="module")
def site():
    """A local web site serving one article page, and a redirect to it."""
    page = ("<html><head><title>Raid on MQM headquarters</title><meta property='og:site_name' content='Test News'>"
            "</head><body><nav>Home | World | Sport</nav><article><h1>Raid on MQM headquarters</h1>"
            + "".join(f"<p>{line}</p>" for line in TEXTS[1].splitlines() if line.strip())
            + "</article><footer>Leave a Reply</footer></body></html>").encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            if self.path == "/redirect":
                self.send_response(302)
                self.send_header("Location", "/story.html")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not os.path.exists(CHROMIUM):
        pytest.fail("Chromium is missing: .ci/run installs it with apt-get install chromium")
    with sync_playwright() as pw:
        chrome = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chrome
        chrome.close()


def submit(page, base: str, texts: list[str]) -> None:
    page.goto(base + "/")
    while page.locator("textarea[name=article]").count() < len(texts):
        page.click("#add-article")
    for i, text in enumerate(texts):
        page.locator("textarea[name=article]").nth(i).fill(text)
    page.click("button.go")
    page.wait_for_url("**/d/*", timeout=120_000)


def test_digest_page(server, browser):
    page = browser.new_page(viewport={"width": 1280, "height": 1800})
    submit(page, server, DISPUTING)
    assert page.locator("#summary p").count() >= 3
    assert page.locator("#disputes .dispute").first.is_visible()
    values = page.locator("#disputes .claim .value").all_inner_texts()
    assert "35" in values and "12" in values and "Four" in values
    first = page.locator("#summary .cite").first
    popup = first.locator(".pop")
    assert not popup.is_visible()
    first.hover()
    assert popup.is_visible()
    assert "·" in popup.inner_text()  # the outlet and sentence id of each cited sentence
    # a disputed value links to its sentence, highlighted in its article
    link = page.locator("#disputes .claim a.sentence").first
    target = link.get_attribute("href")
    link.click()
    assert page.locator(target).get_attribute("class").count("disputed") == 1
    page.close()


def test_permalink_and_downloads(server):
    response = httpx.post(f"{server}/api/digest", json={"articles": [{"text": t} for t in TEXTS]}, timeout=120)
    assert response.status_code == 200
    key = response.json()["permalink"]
    assert httpx.get(server + key).status_code == 200
    assert httpx.get(f"{server}{key}.json").json()["summary"]
    assert httpx.get(f"{server}{key}.md").text.startswith("# ")
    assert "<!doctype html>" in httpx.get(f"{server}{key}.html").text
    assert httpx.get(f"{server}/d/0000000000000000").status_code == 404


def test_article_text_is_escaped(server, browser):
    payload = ('The mayor said <script>window.__xss = 1</script> the bridge would reopen on Monday after repairs. '
               'Officials added <img src=x onerror="window.__xss = 2"> that traffic would be diverted.')
    page = browser.new_page()
    submit(page, server, [payload, TEXTS[0]])
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src=x]").count() == 0
    shown = page.locator("#a1").inner_text()
    assert "<script>" in shown and "window.__xss = 1" in shown
    page.close()


def test_api_contract_and_errors(server, schema):
    import jsonschema

    health = httpx.get(f"{server}/api/health").json()
    assert health["status"] == "ok"
    assert httpx.get(f"{server}/docs").status_code == 200
    assert "/api/digest" in httpx.get(f"{server}/openapi.json").json()["paths"]
    digest = httpx.post(f"{server}/api/digest", json={"articles": [{"text": t} for t in TEXTS]}, timeout=120).json()
    jsonschema.validate(digest, schema)
    bad = httpx.post(f"{server}/api/digest", content=b"{not json", headers={"content-type": "application/json"})
    assert bad.status_code == 422 and "error" in bad.json() and "Traceback" not in bad.text
    empty = httpx.post(f"{server}/api/digest", json={"articles": []})
    assert empty.status_code == 400 and "error" in empty.json()


def test_the_least_dispute_confidence_is_an_option_of_the_api_and_the_form(server):
    """The CLI's --min-confidence, on the web: a lower threshold shows less sure disputes, each
    scored at least that, under a permalink of its own; a value outside 0-1 is refused."""
    articles = [{"text": t} for t in TEXTS]
    default = httpx.post(f"{server}/api/digest", json={"articles": articles}, timeout=120).json()
    low = httpx.post(f"{server}/api/digest", json={"articles": articles, "min_confidence": 0.05}, timeout=120).json()
    assert len(low["disputes"]) > len(default["disputes"])
    assert all(d["confidence"] >= 0.05 for d in low["disputes"])
    assert low["permalink"] != default["permalink"]
    assert httpx.post(f"{server}/api/digest", json={"articles": articles, "min_confidence": 1.5}).status_code == 422
    form = httpx.post(f"{server}/digest", data={"article": TEXTS[:2], "min_confidence": "lots"}, timeout=120)
    assert form.status_code == 400 and "not a number from 0 to 1" in form.text
    shown = httpx.post(f"{server}/digest", data={"article": TEXTS, "min_confidence": "0.05"}, timeout=120,
                       follow_redirects=True)
    assert shown.status_code == 200 and shown.text.count('class="dispute') >= len(low["disputes"])


def test_body_over_the_limit_gets_413(server):
    big = {"articles": [{"text": "word " * (MAX_BODY // 4)}]}
    response = httpx.post(f"{server}/api/digest", json=big, timeout=60)
    assert response.status_code == 413 and "larger than" in response.json()["error"]


def test_loopback_urls_are_refused(server, site):
    for url in (f"{site}/story.html", "http://localhost:9/", "http://[::1]/", "http://169.254.169.254/latest"):
        response = httpx.post(f"{server}/api/digest", json={"urls": [url]}, timeout=60)
        assert response.status_code == 400, url
        assert "private or local address" in response.json()["error"]


def test_urls_are_fetched_when_allowed(open_server, site):
    response = httpx.post(f"{open_server}/api/digest",
                          json={"urls": [f"{site}/redirect"], "articles": [{"text": TEXTS[0]}]}, timeout=120)
    assert response.status_code == 200, response.text
    fetched = response.json()["articles"][1]
    assert fetched["title"] == "Raid on MQM headquarters" and fetched["source"] == "Test News"
    assert fetched["url"].endswith("/story.html")
    assert any("five men" in s for s in fetched["sentences"])


def test_four_concurrent_requests_are_all_answered(server):
    body = {"articles": [{"text": t} for t in TEXTS]}

    def call(i: int) -> int:
        payload = json.loads(json.dumps(body))
        payload["articles"][0]["text"] += f"\n\nRequest {i} was made in a test."
        return httpx.post(f"{server}/api/digest", json=payload, timeout=180).status_code

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(call, range(4))) == [200, 200, 200, 200]


def test_a_digest_over_the_time_limit_gets_a_clear_timeout(tmp_path):
    base, proc = start_server(tmp_path, "--timeout", "1", "--workers", "1", "--max-body", "20000000")
    try:
        long_text = "\n\n".join(TEXTS * 30)  # about 40,000 words: several seconds of parsing
        response = httpx.post(f"{base}/api/digest", json={"articles": [{"text": long_text}, {"text": TEXTS[1]}]},
                              timeout=120)
        assert response.status_code == 504
        assert "longer than 1 seconds" in response.json()["error"]
        # the digest was stopped: its worker is being replaced, and the server goes on
        health = httpx.get(f"{base}/api/health")
        assert health.status_code == 200 and health.json()["status"] in {"degraded", "ok"}
        wait_until_ready(base)
        short = httpx.post(f"{base}/api/digest", json={"articles": [{"text": SHORT}]}, timeout=120)
        assert short.status_code == 200, short.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)


# --- A newcomer's first hour: phones, offline API docs, error pages, a form that keeps its input.

PHONE = {"width": 390, "height": 844}
# Every visible element's box must lie inside the window: nothing makes the page scroll sideways.
TOO_WIDE = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const box = el.getBoundingClientRect();
    if (box.width > 0 && (box.right > width + 1 || box.left < -1)) {
      wide.push(`${el.tagName}.${el.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
  }
  return {width, scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 8)};
}"""


def example_permalink(server: str, texts: list[str] = TEXTS) -> str:
    response = httpx.post(f"{server}/api/digest", json={"articles": [{"text": t} for t in texts]}, timeout=120)
    assert response.status_code == 200, response.text
    return response.json()["permalink"]


def inside_window(page, box) -> bool:
    width, height = page.evaluate("[document.documentElement.clientWidth, window.innerHeight]")
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 1 and \
        box["y"] + box["height"] <= height + 1


def test_digest_page_report_and_start_page_fit_a_phone(server, browser):
    key = example_permalink(server, DISPUTING)
    page = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    for load in (lambda: page.goto(server + key), lambda: page.set_content(httpx.get(f"{server}{key}.html").text),
                 lambda: page.goto(server + "/")):
        load()
        layout = page.evaluate(TOO_WIDE)
        assert layout["width"] == PHONE["width"] and layout["scroll"] <= layout["width"], layout
        assert layout["wide"] == [], layout
        if page.locator("#disputes").count():
            cards = page.locator("#disputes .dispute")
            assert cards.count() >= 2
            first = cards.first.bounding_box()
            assert first["width"] <= PHONE["width"] and page.locator("#disputes .gist").first.is_visible()
            # one card per topic: the value sits above its source and sentence, not in a column beside them
            claim = page.locator("#disputes .claim").first
            assert claim.locator(".value").bounding_box()["y"] < claim.locator(".source").bounding_box()["y"]
    page.close()


def test_citation_popups_stay_inside_the_window(server, browser):
    key = example_permalink(server)
    desktop = browser.new_page(viewport={"width": 1280, "height": 900})
    desktop.goto(server + key)
    cites = desktop.locator("#summary .cite")
    for i in range(cites.count()):
        cites.nth(i).scroll_into_view_if_needed()
        cites.nth(i).hover()
        popup = cites.nth(i).locator(".pop")
        assert popup.is_visible() and inside_window(desktop, popup.bounding_box()), i
    desktop.close()
    phone = browser.new_page(viewport=PHONE, is_mobile=True, has_touch=True)
    phone.goto(server + key)
    cites = phone.locator("#summary .cite")
    for i in (0, cites.count() - 1):
        cites.nth(i).scroll_into_view_if_needed()
        cites.nth(i).tap()
        popup = cites.nth(i).locator(".pop")
        assert popup.is_visible() and inside_window(phone, popup.bounding_box()), i
    assert phone.evaluate(TOO_WIDE)["wide"] == []
    phone.close()


def test_api_docs_render_with_the_network_blocked(server, browser):
    context = browser.new_context()
    blocked: list[str] = []

    def local_only(route):
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlparse(url).hostname in {"127.0.0.1", "localhost"}:
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    context.route("**/*", local_only)
    page = context.new_page()
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
    assert "storylens" in page.locator(".swagger-ui .info .title").inner_text()
    assert page.locator(".opblock-summary-path", has_text="/api/digest").count() == 1
    assert blocked == []
    context.close()


def test_a_missing_digest_is_a_page_in_a_browser_and_json_for_api_clients(server, browser):
    page = browser.new_page()
    response = page.goto(server + "/d/0000000000000000")
    assert response.status == 404 and response.headers["content-type"].startswith("text/html")
    assert page.locator("h1").inner_text() == "Not found" and "no digest" in page.locator(".error").inner_text()
    assert page.locator("a[href='/']").count() >= 1
    page.close()
    api = httpx.get(f"{server}/d/0000000000000000")
    assert api.status_code == 404 and api.json() == {"error": "no digest 0000000000000000"}


def test_the_form_keeps_what_was_typed_when_it_fails(server, browser):
    page = browser.new_page()
    page.goto(server + "/")
    boxes = page.locator("textarea[name=article]")
    boxes.nth(0).fill(TEXTS[0])
    boxes.nth(1).fill(TEXTS[1])
    page.locator("input[name=url]").first.fill(f"{server}/story.html")
    page.locator("input[name=words]").fill("120")
    page.set_input_files("input[name=files]", files=[{"name": "notes.pdf", "mimeType": "application/pdf",
                                                      "buffer": b"%PDF-1.4"}])
    page.click("button.go")
    page.wait_for_selector(".error[role=alert]")
    assert "notes.pdf: unknown file type" in page.locator(".error[role=alert]").inner_text()
    assert "choose notes.pdf again" in page.locator("main").inner_text()
    assert [boxes.nth(i).input_value() for i in range(2)] == TEXTS[:2]
    assert page.locator("input[name=url]").first.input_value() == f"{server}/story.html"
    assert page.locator("input[name=words]").input_value() == "120"
    page.close()


def test_an_unreachable_url_is_skipped_with_a_note(open_server, server, site, browser):
    dead = f"http://127.0.0.1:{free_port()}/story"  # a closed port: the connection is refused
    page = browser.new_page()
    page.goto(open_server + "/")
    page.locator("textarea[name=article]").nth(0).fill(TEXTS[0])
    page.locator("input[name=url]").nth(0).fill(dead)
    page.locator("input[name=url]").nth(1).fill(f"{site}/story.html")
    page.click("button.go")
    page.wait_for_url("**/d/*", timeout=120_000)
    note = page.locator(".warning", has_text="skipped").inner_text()
    assert dead in note and "could not fetch" in note
    assert page.locator("article.article").count() == 2  # the pasted article and the page that could be fetched
    # nothing left: the form says why and keeps the address
    page.goto(open_server + "/")
    page.locator("input[name=url]").nth(0).fill(dead)
    page.click("button.go")
    assert "could not fetch" in page.locator(".error[role=alert]").inner_text()
    assert page.locator("input[name=url]").nth(0).input_value() == dead
    page.close()
    # the API too: a refused URL beside articles becomes a warning, not a failed request
    response = httpx.post(f"{server}/api/digest", json={"articles": [{"text": t} for t in TEXTS[:2]],
                                                        "urls": [f"{site}/story.html"]}, timeout=120)
    assert response.status_code == 200
    assert any(w.startswith("skipped") and "private or local address" in w for w in response.json()["warnings"])
