"""Fetch articles from URLs for the web app, safely.

The server must not become a way to reach private services. Every connection (the first URL
and each redirect) resolves its host once, refuses it unless every address is public — not
private, loopback, link-local, multicast, reserved, unspecified, site-local, nor an IPv6 range
that carries an IPv4 address (NAT64, 6to4, Teredo, mapped, compatible) — and then connects to
exactly the address it checked, so a second DNS answer cannot redirect it (DNS rebinding).
``--allow-private-urls`` lifts the address check. Responses are capped in size and time, and
a URL that cannot be parsed is a client error, never a crash.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from storylens.errors import InputError
from storylens.ingest import read_html, read_text
from storylens.model import RawArticle

MAX_BYTES = 5_000_000
TIMEOUT = httpx.Timeout(10.0, connect=5.0)
MAX_REDIRECTS = 5
USER_AGENT = "storylens/0.1 (+news digest)"
# Special-purpose ranges Python's is_global lets through (or may, depending on its version).
REFUSED = [ipaddress.ip_network(n) for n in (
    "0.0.0.0/8", "100.64.0.0/10", "192.0.0.0/24", "192.88.99.0/24", "198.18.0.0/15", "240.0.0.0/4",
    "::/96", "::ffff:0:0/96", "64:ff9b::/96", "64:ff9b:1::/48", "100::/64", "2001::/32", "2001:10::/28",
    "2001:20::/28", "2001:db8::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8")]


@dataclass(frozen=True)
class FetchPolicy:
    """What a fetch may do: reach private addresses (tests, intranets), how much to read."""

    allow_private: bool = False
    max_bytes: int = MAX_BYTES


def is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Whether an address is on the public internet and nothing special."""
    if address.is_multicast or address.is_reserved or address.is_unspecified or not address.is_global:
        return False
    return not any(address in network for network in REFUSED if network.version == address.version)


def resolve(host: str, port: int, policy: FetchPolicy) -> str:
    """The address to connect to for ``host``, after checking every address it resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):
        raise InputError(host, f"cannot resolve host {host}") from None
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not policy.allow_private:
        for address in addresses:
            if not is_public(address):
                raise InputError(host, f"refusing to fetch a private or local address ({address})")
    return str(addresses[0])


class CheckedBackend(httpcore.SyncBackend):
    """httpcore's network backend, connecting only to the address :func:`resolve` checked."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        address = resolve(host, port, self.policy)
        return super().connect_tcp(address, port, timeout, local_address, socket_options)


def pinned_transport(policy: FetchPolicy) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through :class:`CheckedBackend` (TLS still
    checks the certificate against the host name, which httpcore keeps for SNI)."""
    transport = httpx.HTTPTransport(retries=0)
    pool = transport._pool  # httpx has no public hook for the network backend
    if not hasattr(pool, "_network_backend"):
        raise RuntimeError("this httpcore version cannot pin connections; refusing to fetch URLs")
    pool._network_backend = CheckedBackend(policy)
    return transport


def check_url(url: str) -> None:
    """Refuse URLs that are not http(s), have no host, or cannot be parsed."""
    try:
        parts = urlsplit(url)
        port = parts.port
        httpx.URL(url)
    except (ValueError, UnicodeError, httpx.InvalidURL) as err:
        raise InputError(url, f"not a valid URL ({err})") from None
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise InputError(url, "only http and https URLs can be fetched")
    if port is not None and not 0 < port < 65536:
        raise InputError(url, f"not a valid URL (port {port})")


def fetch(url: str, policy: FetchPolicy = FetchPolicy()) -> RawArticle:
    """Download one article page (following checked redirects) and extract its text."""
    current = url
    with httpx.Client(transport=pinned_transport(policy), timeout=TIMEOUT, follow_redirects=False,
                      trust_env=False, headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current)
            try:
                with client.stream("GET", current) as response:
                    if response.is_redirect:
                        current = urljoin(current, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise InputError(url, f"the server answered HTTP {response.status_code}")
                    body = _read_capped(response, policy.max_bytes, url)
                    kind = response.headers.get("content-type", "")
                    text = body.decode(_codec(response.encoding), errors="replace")
            except httpx.TimeoutException:
                raise InputError(url, "timed out while fetching") from None
            except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError) as err:
                raise InputError(url, f"could not fetch ({err.__class__.__name__})") from None
            except (ValueError, UnicodeError) as err:
                raise InputError(url, f"could not fetch ({err.__class__.__name__})") from None
            return _article(text, kind, url, current)
    raise InputError(url, f"more than {MAX_REDIRECTS} redirects")


def _codec(name: str | None) -> str:
    """The response's declared encoding when Python knows it, else UTF-8."""
    import codecs

    try:
        return codecs.lookup(name or "utf-8").name
    except LookupError:
        return "utf-8"


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
    article.source = article.source or urlsplit(final).hostname
    article.url = article.url or final
    return article
