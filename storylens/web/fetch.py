"""Fetch articles from URLs for the web app, safely.

The server must not become a way to reach private services: every hop of a fetch (the first
URL and each redirect) has its host resolved, and the fetch is refused when any address is
private, loopback, link-local, multicast, reserved or unspecified — unless the server was
started with ``--allow-private-urls``. Responses are capped in size and time.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlparse

import httpx

from storylens.errors import InputError
from storylens.ingest import read_html, read_text
from storylens.model import RawArticle

MAX_BYTES = 5_000_000
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_REDIRECTS = 5
USER_AGENT = "storylens/0.1 (+news digest)"


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do: reach private addresses (tests, intranets), how much to read."""

    allow_private: bool = False
    max_bytes: int = MAX_BYTES


def check_host(url: str, policy: FetchPolicy) -> None:
    """Refuse URLs that are not http(s) or whose host resolves to a non-public address."""
    parts = urlparse(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InputError(url, "only http and https URLs can be fetched")
    if policy.allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror:
        raise InputError(url, f"cannot resolve host {parts.hostname}") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise InputError(url, f"refusing to fetch a private or local address ({address})")


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> RawArticle:
    """Download one article page (following checked redirects) and extract its text."""
    current = url
    with httpx.Client(timeout=TIMEOUT, follow_redirects=False, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_host(current, policy)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise InputError(url, f"the server answered HTTP {response.status_code}")
                    body = _read_capped(response, policy.max_bytes, url)
                    kind = response.headers.get("content-type", "")
                    text = body.decode(response.encoding or "utf-8", errors="replace")
            except httpx.TimeoutException:
                raise InputError(url, "timed out while fetching") from None
            except httpx.HTTPError as err:
                raise InputError(url, f"could not fetch ({err.__class__.__name__})") from None
            return _article(text, kind, url, current)
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _read_capped(response: httpx.Response, limit: int, url: str) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(url, f"page is larger than {limit // 1_000_000} MB")
        chunks.append(chunk)
    return b"".join(chunks)


def _article(text: str, kind: str, url: str, final: str) -> RawArticle:
    if "html" in kind or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
        article = read_html(text, url, url=final)
    else:
        article = read_text(text, url)[0]
        article.url = final
    article.source = article.source or urlparse(final).hostname
    article.url = article.url or final
    return article
