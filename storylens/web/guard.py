"""ASGI middleware that guards every response: a cap on request bodies and security headers.

Pages carry a Content-Security-Policy that runs only the app's own scripts, so even a
rendering bug could not run a script from a digest; frames, MIME sniffing and referrers are
refused too. The standalone HTML report (a download) runs only its one inline script, by hash.
"""

from __future__ import annotations

import base64
import hashlib

from fastapi.responses import JSONResponse

PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The API docs pages (Swagger UI, ReDoc) start themselves with an inline script, and FastAPI's
# default ones load their code from a CDN; they show no digest content.
CDN = "https://cdn.jsdelivr.net"
DOCS_POLICY = (f"default-src 'self'; script-src 'self' 'unsafe-inline' {CDN}; style-src 'self' 'unsafe-inline' {CDN} "
               "https://fonts.googleapis.com; font-src 'self' https://fonts.gstatic.com; img-src 'self' data: "
               "https://fastapi.tiangolo.com https://cdn.redoc.ly; worker-src 'self' blob:; object-src 'none'; "
               "base-uri 'none'; frame-ancestors 'none'")
DOCS_PATHS = ("/docs", "/redoc")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"),
           (b"referrer-policy", b"no-referrer"), (b"cross-origin-opener-policy", b"same-origin")]


def report_policy() -> str:
    """The policy for the standalone report: its inline style, and its one inline script by hash."""
    from storylens.render import _environment

    script = _environment().get_template("cite.js").render()
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    return (f"default-src 'none'; script-src 'sha256-{digest}'; style-src 'unsafe-inline'; img-src data:; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """Adds the security headers (and a CSP fitting the path) to every HTTP response."""

    def __init__(self, app) -> None:
        self.app = app
        self.report = report_policy().encode()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        policy = self.report if path.startswith("/d/") and path.endswith(".html") else \
            DOCS_POLICY.encode() if path.startswith(DOCS_PATHS) else PAGE_POLICY.encode()

        async def with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *HEADERS,
                                                  (b"content-security-policy", policy)]}
            await send(message)

        return await self.app(scope, receive, with_headers)


class BodyLimit:
    """A request body over ``limit`` bytes gets 413, whether its length is declared or it is chunked.

    The body is read here, up to the limit, and handed on whole: the app never sees a part
    of an over-long body, so it cannot turn it into some other error.
    """

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or {}).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.limit:
            return await self.too_large(scope, receive, send)
        body, more = bytearray(), True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return None  # the client went away
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.limit:
                return await self.too_large(scope, receive, send)
        whole = [{"type": "http.request", "body": bytes(body), "more_body": False}]

        async def replay():
            return whole.pop() if whole else await receive()

        return await self.app(scope, replay, send)

    async def too_large(self, scope, receive, send):
        response = JSONResponse({"error": f"request body is larger than {self.limit:,} bytes"}, status_code=413,
                                headers={"Connection": "close"})
        await response(scope, receive, send)
