"""Web faults and attacks (issue 12, items 3, 4, 6, 7, 8, 9): a real server on loopback, real kill -9,
and real Chromium for the script-injection checks."""

from __future__ import annotations

import http.server
import json
import os
import re
import signal
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from storylens.errors import InputError
from storylens.web.fetch import FetchPolicy, fetch, is_public
from tests.test_batch import wait_for, workers_of
from tests.test_web import SHORT, TEXTS, browser, start_server, wait_until_ready  # noqa: F401 - a fixture

BAD_URLS = ["javascript:window.__xss=1", "JaVaScRiPt:window.__xss=2", " javascript:window.__xss=3",
            "\tjavascript:window.__xss=4", "\x01javascript:window.__xss=5", "java\nscript:window.__xss=6",
            "data:text/html,<script>window.__xss=7</script>", "http://[::1"]


@pytest.fixture(scope="module")
def web(tmp_path_factory):
    base, proc = start_server(tmp_path_factory.mktemp("faults"), "--workers", "2")
    yield base, proc
    proc.terminate()
    proc.wait(timeout=30)


def digest(base: str, articles: list[dict], **extra) -> httpx.Response:
    return httpx.post(f"{base}/api/digest", json={"articles": articles, **extra}, timeout=180)


# 3. Script injection through `url`, security headers, Markdown ----------------------------------

def test_javascript_urls_are_not_links_and_do_not_run(web, browser):  # noqa: F811
    base, _ = web
    articles = [{"text": TEXTS[i % 3], "url": url, "title": "<b>t</b>"} for i, url in enumerate(BAD_URLS)]
    articles.append({"text": TEXTS[0], "url": "https://example.com/story"})
    response = digest(base, articles)
    assert response.status_code == 200, response.text
    page = browser.new_page()
    page.goto(base + response.json()["permalink"])
    hrefs = page.eval_on_selector_all("#articles a[href], .outlet a[href]", "els => els.map(e => e.href)")
    assert hrefs == ["https://example.com/story"]  # only the http(s) URL is a link
    shown = page.locator("p.outlet", has_text="script:")
    assert shown.count() == 6
    for url_text in shown.all():
        url_text.click()  # a real click on each address shown
    assert page.evaluate("window.__xss") is None
    assert "javascript:window.__xss=1" in page.content()  # shown, escaped, as text
    page.close()


def test_security_headers_on_every_response(web):
    base, _ = web
    for path in ("/", "/api/health", "/d/0000000000000000", "/static/style.css"):
        headers = httpx.get(base + path).headers
        assert headers["x-content-type-options"] == "nosniff", path
        assert headers["x-frame-options"] == "DENY" and headers["referrer-policy"] == "no-referrer"
        assert "script-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_markdown_download_escapes_html_and_links(web):
    base, _ = web
    payload = ("The mayor said <script>alert(1)</script> the bridge would reopen on Monday, "
               "and [a link](javascript:alert(2)) was posted. ")
    # The title too: the summary may well pass over a sentence full of markup, the sources list shows titles.
    response = digest(base, [{"text": payload + "Officials said the repairs took two weeks.",
                              "published": "<img src=x onerror=alert(3)>", "title": payload},
                             {"text": payload + "Traffic was diverted through the old town."}])
    markdown = httpx.get(f"{base}{response.json()['permalink']}.md").text
    assert "<script>" not in markdown and "<img" not in markdown
    assert not re.search(r"(?<!\\)\]\(javascript", markdown)  # no Markdown link survives
    assert "&lt;script&gt;" in markdown and "\\[a link\\](javascript" in markdown


def test_the_html_report_runs_only_its_own_script(web, browser):  # noqa: F811
    """The downloaded report served with its CSP: the citation popups still work, injected text does not run."""
    base, _ = web
    response = digest(base, [{"text": TEXTS[0] + " <img src=x onerror=window.__xss=1>", "url": BAD_URLS[0]},
                             {"text": TEXTS[1]}, {"text": TEXTS[2]}])
    report = httpx.get(f"{base}{response.json()['permalink']}.html")
    policy = report.headers["content-security-policy"]
    assert "script-src 'sha256-" in policy and "attachment" in report.headers["content-disposition"]
    page = browser.new_page()
    page.route("http://report.test/", lambda route: route.fulfill(
        status=200, body=report.text, headers={"content-type": "text/html", "content-security-policy": policy}))
    blocked: list[str] = []
    page.on("console", lambda msg: blocked.append(msg.text) if "Content Security Policy" in msg.text else None)
    page.goto("http://report.test/")
    first = page.locator("#summary .cite").first
    first.hover()
    assert first.locator(".pop").is_visible()  # cite.js ran: its hash is in the policy
    assert page.evaluate("window.__xss") is None and page.locator(".outlet a[href^=javascript]").count() == 0
    assert not [m for m in blocked if "script" in m and "inline" in m], blocked
    page.close()


# 4. Workers: killed, timed out, dead; the server's children die with it -------------------------

def test_a_killed_worker_is_replaced_and_the_next_digest_answers_200(web):
    base, proc = web
    wait_until_ready(base)
    before = workers_of(proc.pid)
    assert len(before) == 2
    os.kill(before[0], signal.SIGKILL)
    wait_for(lambda: httpx.get(f"{base}/api/health").json()["status"] != "ok" or before[0] not in workers_of(proc.pid),
             10)
    assert digest(base, [{"text": SHORT + " First after the kill."}]).status_code == 200
    state = wait_until_ready(base)
    assert state["workers"] == 2 and before[0] not in workers_of(proc.pid) and len(workers_of(proc.pid)) == 2


def test_a_worker_killed_under_a_digest_gets_it_retried(tmp_path):
    base, proc = start_server(tmp_path, "--workers", "1", "--timeout", "120")
    try:
        (worker,) = workers_of(proc.pid)
        long = "\n\n".join(TEXTS * 6)  # several seconds of work
        answer: dict = {}
        thread = threading.Thread(target=lambda: answer.update(r=digest(base, [{"text": long}, {"text": TEXTS[1]}])))
        thread.start()
        wait_for(lambda: httpx.get(f"{base}/api/health").json()["busy"] == 1, 30)
        os.kill(worker, signal.SIGKILL)
        thread.join(300)
        assert answer["r"].status_code == 200, answer["r"].text  # retried on the replacement worker
        assert worker not in workers_of(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_waiting_requests_are_capped(tmp_path):
    base, proc = start_server(tmp_path, "--workers", "1", "--max-pending", "0", "--timeout", "120")
    try:
        long = "\n\n".join(TEXTS * 4)
        thread = threading.Thread(target=lambda: digest(base, [{"text": long}, {"text": TEXTS[1]}]))
        thread.start()
        wait_for(lambda: httpx.get(f"{base}/api/health").json()["busy"] == 1, 30)
        busy = digest(base, [{"text": SHORT}])
        assert busy.status_code == 503 and busy.headers["retry-after"] and "busy" in busy.json()["error"]
        thread.join(300)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def test_kill_9_of_the_server_leaves_no_process(tmp_path):
    base, proc = start_server(tmp_path, "--workers", "2")
    family = descendants(proc.pid)
    assert len(workers_of(proc.pid)) == 2 and len(family) >= 2
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    started = time.monotonic()
    wait_for(lambda: not any(Path(f"/proc/{p}").exists() and "zombie" not in _state(p) for p in family), 10)
    assert time.monotonic() - started < 10


def _state(pid: int) -> str:
    try:
        return "zombie" if " Z " in Path(f"/proc/{pid}/stat").read_text() else "running"
    except OSError:
        return "zombie"


# 6. SSRF ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def local_site():
    """A loopback site that counts its requests; ``/bad-redirect`` answers with a backslash Location."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - the http.server API
            hits.append(self.path)
            if self.path == "/bad-redirect":
                self.send_response(302)
                self.send_header("Location", "http:\\\\evil\\x")
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            self.wfile.write(TEXTS[1].encode())

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1], hits
    httpd.shutdown()


def test_the_connection_goes_to_the_checked_address(local_site, monkeypatch):
    """DNS rebinding: the first answer is public, later ones loopback. The fetch must connect to the
    address it checked (the public one) and never reach the loopback site."""
    port, hits = local_site
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host, *args, **kwargs):
        if host != "rebind.test":
            return real(host, *args, **kwargs)
        address = "93.184.216.34" if not answers else "127.0.0.1"
        answers.append(address)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    connected: list[tuple] = []

    def no_network(address, *args, **kwargs):  # record where the connection goes; reach nothing
        connected.append(address)
        raise ConnectionRefusedError(111, "refused in the test")

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(socket, "create_connection", no_network)
    count = len(hits)
    with pytest.raises(InputError, match="could not fetch"):
        fetch(f"http://rebind.test:{port}/story")
    assert connected == [("93.184.216.34", port)] and answers == ["93.184.216.34"]
    assert len(hits) == count


@pytest.mark.parametrize("address, public", [
    ("93.184.216.34", True), ("2606:4700::1111", True), ("127.0.0.1", False), ("169.254.169.254", False),
    ("100.64.0.1", False), ("192.88.99.1", False), ("224.0.0.1", False), ("233.1.1.1", False), ("0.1.2.3", False),
    ("::1", False), ("::7f00:1", False), ("::ffff:127.0.0.1", False), ("64:ff9b::a9fe:a9fe", False),
    ("64:ff9b:1::1", False), ("2002:7f00:1::", False), ("2001::1", False), ("fec0::1", False), ("fe80::1", False),
    ("fc00::1", False), ("ff02::1", False), ("2001:db8::1", False)])
def test_special_purpose_ranges_are_refused(address, public):
    import ipaddress

    assert is_public(ipaddress.ip_address(address)) is public


def test_bad_urls_are_400_not_500(web, local_site):
    base, _ = web
    port, hits = local_site
    urls = ["http://[::1", "http://example.com:99999/", "http://" + "a" * 300 + ".com/", "http://[::127.0.0.1]/",
            f"http://[64:ff9b::7f00:1]:{port}/", f"http://2130706433:{port}/", f"http://[::ffff:127.0.0.1]:{port}/",
            "ftp://example.com/", "http:///nohost", "http://a\\b/", f"http://127.0.0.1:{port}/bad-redirect"]
    count = len(hits)
    with httpx.Client(timeout=60) as client:  # one keep-alive connection for all of them
        for url in urls:
            response = client.post(f"{base}/api/digest", json={"urls": [url]})
            assert response.status_code == 400, (url, response.text)
            assert "error" in response.json()
    assert len(hits) == count  # no request reached the loopback site


def test_a_backslash_redirect_is_a_clear_error(local_site):
    port, _ = local_site
    with pytest.raises(InputError):
        fetch(f"http://127.0.0.1:{port}/bad-redirect", FetchPolicy(allow_private=True))


# 7. Permalinks never change -----------------------------------------------------------------------

def test_permalinks_are_immutable(web):
    base, _ = web
    articles = [{"text": t} for t in TEXTS]
    first = digest(base, articles, words=250).json()
    page = httpx.get(base + first["permalink"] + ".json").json()
    shorter = digest(base, articles, words=20).json()
    assert shorter["permalink"] != first["permalink"]  # a different request, a different id
    assert httpx.get(base + first["permalink"] + ".json").json() == page  # the first is unchanged
    assert len(page["summary"]) > len(shorter["summary"])
    again = digest(base, articles, words=250).json()
    assert again["permalink"] == first["permalink"] and again["summary"] == first["summary"]
    titled = digest(base, [{**a, "title": "Another title"} for a in articles]).json()
    assert titled["permalink"] != first["permalink"]


def test_the_store_never_overwrites(tmp_path):
    from storylens.web.store import DigestStore

    store = DigestStore(tmp_path / "s.sqlite3")
    store.save("k", {"summary": ["first"]}, "md1", "r1", "f1")
    kept = store.save("k", {"summary": ["second"]}, "md2", "r2", "f2")
    assert kept.digest == {"summary": ["first"]} and store.get("k").markdown == "md1"


# 8. Limits on the web -----------------------------------------------------------------------------

def test_more_than_20_articles_is_400(web):
    base, _ = web
    response = digest(base, [{"text": f"Officials said {i} roads were closed on Monday."} for i in range(21)])
    assert response.status_code == 400 and "at most 20" in response.json()["error"]
    form = httpx.post(f"{base}/digest", data={"article": [SHORT] * 21}, timeout=60)
    assert form.status_code == 400 and "at most 20" in form.text


def test_a_chunked_body_over_the_limit_gets_413(web):
    base, _ = web

    def chunks():
        for _ in range(400):
            yield b'{"articles": [{"text": "' + b"word " * 200 + b'"}]}'  # 1 KB each: 400 KB > 300 KB

    response = httpx.post(f"{base}/api/digest", content=chunks(), headers={"content-type": "application/json"},
                          timeout=60)
    assert response.status_code == 413 and "larger than" in response.json()["error"]


def test_a_gzip_bomb_upload_is_refused_without_freezing_the_server(web):
    import zlib

    base, _ = web
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    bomb = b"".join(packer.compress(b"\0" * (1 << 24)) for _ in range(16)) + packer.flush()  # 256 MB
    assert len(bomb) < 300_000
    response = httpx.post(f"{base}/digest", files={"files": ("bomb.txt.gz", bomb, "application/gzip")}, timeout=60)
    assert response.status_code == 400 and "expands to more than" in response.text


# 9. No 500s on client input -------------------------------------------------------------------------

def test_client_input_never_gets_500(web):
    base, _ = web
    fine = [  # odd but usable: a digest
        json.dumps({"articles": [{"text": "The mayor said \ud800 the bridge reopened.", "title": "\udfff"},
                                 {"text": TEXTS[0]}]}),
        json.dumps({"articles": [{"text": TEXTS[0], "url": "http://[::1"}, {"text": TEXTS[1], "url": "http://x:99999"},
                                 {"text": TEXTS[2], "url": "http://" + "a" * 300 + ".com", "source": "s" * 5000}]}),
    ]
    refused = ["[" * 100_000, '{"articles": [{"text": "a"}], "words": ' + "9" * 5000 + "}", '{"articles": "x"}',
               '{"articles": [{"text": 5}]}', '{"words": "x"}', "null", '"\\ud800"', '{"articles": [{"text": "\xff"}]}']
    with httpx.Client(timeout=180) as client:  # one keep-alive connection: no answer resets it
        for body in fine:
            response = client.post(f"{base}/api/digest", content=body, headers={"content-type": "application/json"})
            assert response.status_code == 200, (body[:80], response.text)
        assert response.json()["articles"][0]["url"] == "http://[::1"  # kept, as text
        for body in refused:
            response = client.post(f"{base}/api/digest", content=body.encode("latin-1", "replace"),
                                   headers={"content-type": "application/json"})
            assert 400 <= response.status_code < 500, (body[:80], response.text)
            assert "error" in response.json()
    page = httpx.post(f"{base}/api/digest", content=fine[0], headers={"content-type": "application/json"}).json()
    assert page["articles"][0]["title"] == "\ufffd"
