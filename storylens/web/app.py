"""The web app and JSON API: one FastAPI application over the digest core.

Digests run in a bounded pool of worker processes (models loaded once per worker), so a slow
cluster cannot block the server and concurrent requests queue fairly. Pages are rendered on
the server and readable without JavaScript; the small script only enhances citation popups.
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, File, Form, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from fastapi_offline import FastAPIOffline
from markupsafe import Markup
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from storylens import __version__
from storylens.errors import InputError
from storylens.ingest import article_from_dict, read_bytes, read_text
from storylens.limits import MAX_ARTICLES
from storylens.model import Options, RawArticle
from storylens.render import headline, readable_time
from storylens.select import DEFAULT_WORDS
from storylens.web.fetch import FetchPolicy, fetch
from storylens.web.guard import BodyLimit, SecurityHeaders
from storylens.web.pool import DigestTimeout, Pool, PoolFailure, ServerBusy
from storylens.web.store import DigestStore, request_key

HERE = Path(str(resources.files("storylens.web")))


@dataclass
class Settings:
    """How the server runs; ``storylens serve`` sets these from its options."""

    db: str = "storylens.sqlite3"
    workers: int = 2
    timeout: float = 60.0
    max_body: int = 10_000_000
    max_pending: int = 16
    allow_private_urls: bool = False


class ArticleIn(BaseModel):
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None


class DigestRequest(BaseModel):
    articles: list[ArticleIn] = Field(default_factory=list)
    urls: list[str] = Field(default_factory=list)
    words: int = Field(DEFAULT_WORDS, ge=20, le=5000)
    min_confidence: float | None = Field(
        None, ge=0, le=1, description="Report disputes scored at least this (0-1); default: each kind's "
                                      "threshold chosen for precision.")


def create_app(settings: Settings | None = None) -> FastAPI:
    """The storylens web application."""
    settings = settings or Settings()
    store = DigestStore(settings.db)
    policy = FetchPolicy(allow_private=settings.allow_private_urls)
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["when"] = readable_time

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.pool = Pool(settings.workers, settings.timeout, settings.max_pending)
        await app.state.pool.start()
        yield
        app.state.pool.close()
        store.close()

    # FastAPIOffline serves the API docs' Swagger UI and ReDoc files from its own package, not a CDN.
    app = FastAPIOffline(title="storylens", version=__version__, lifespan=lifespan, redoc_url=None,
                         swagger_ui_parameters={"validatorUrl": None},
                         description="Digest several news reports of one event: a cited summary, where the sources "
                                     "agree and where they disagree.")
    app.add_middleware(BodyLimit, limit=settings.max_body)
    app.add_middleware(SecurityHeaders)
    shared = {name: (HERE.parent / "templates" / name).read_text(encoding="utf-8")
              for name in ("report.css", "cite.js")}

    # The stylesheet and script the standalone HTML report inlines, served at fixed paths (ahead
    # of the static mount) so that pages and reports match.
    for name, body in shared.items():
        kind = "text/css" if name.endswith(".css") else "text/javascript"
        app.add_api_route(f"/static/{name}", lambda body=body, kind=kind: Response(body, media_type=kind),
                          include_in_schema=False)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.settings, app.state.store = settings, store

    async def fetch_all(urls: list[str]) -> tuple[list[RawArticle], list[str]]:
        """The pages of ``urls``; one that cannot be fetched is skipped, with the reason kept."""
        raw: list[RawArticle] = []
        failed: list[str] = []
        for url in (u.strip() for u in urls if u.strip()):
            try:
                raw.append(await run_in_threadpool(fetch, url, policy))
            except InputError as err:
                failed.append(str(err))
        return raw, failed

    async def gather(texts: list[str], urls: list[str],
                     files: list[tuple[str, bytes]]) -> tuple[list[RawArticle], list[str]]:
        """The articles to digest, and why each URL that was skipped could not be fetched."""
        raw: list[RawArticle] = []
        for i, text in enumerate(t for t in texts if t.strip()):
            raw.extend(read_text(text, f"article {i + 1}", source=f"pasted article {i + 1}"))
        for name, data in files:
            raw.extend(await run_in_threadpool(read_bytes, data, name))  # gunzip, decode, parse: off the loop
        fetched, failed = await fetch_all(urls)
        raw += fetched
        if not raw:
            raise InputError("request", "; ".join(failed) or "give at least one article: text, a file or a URL")
        return raw, failed

    async def digest_and_store(raw: list[RawArticle], options: Options,
                               failed: list[str] | None = None) -> tuple[str, dict[str, Any]]:
        if len(raw) > MAX_ARTICLES:
            raise InputError("request", f"at most {MAX_ARTICLES} articles at a time")
        notes = [f"skipped {reason}" for reason in failed or []]
        # A permalink names the whole request and never changes: the same request is served
        # from the store, a different one (even in the summary length alone) gets its own id.
        key = request_key([asdict(r) for r in raw] + [{"skipped": n} for n in notes], options)
        stored = store.get(key)
        if stored is None:
            out = await app.state.pool.run(raw, options, notes)
            stored = store.save(key, out["digest"], out["markdown"], out["report"], out["fragment"])
        return key, stored.digest

    @app.exception_handler(InputError)
    async def bad_input(request: Request, err: InputError):
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(err)}, status_code=400)
        return templates.TemplateResponse(request, "index.html", {"error": str(err)}, status_code=400)

    @app.exception_handler(DigestTimeout)
    @app.exception_handler(asyncio.TimeoutError)
    async def too_slow(request: Request, err: Exception):
        return JSONResponse({"error": f"the digest took longer than {settings.timeout:g} seconds and was stopped"},
                            status_code=504)

    @app.exception_handler(ServerBusy)
    async def busy(request: Request, err: Exception):
        return JSONResponse({"error": "the server is busy; try again shortly"}, status_code=503,
                            headers={"Retry-After": "5"})

    @app.exception_handler(PoolFailure)
    async def worker_lost(request: Request, err: Exception):
        return JSONResponse({"error": "the digest worker stopped unexpectedly, twice; try again shortly"},
                            status_code=503, headers={"Retry-After": "10"})

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, err: RequestValidationError):
        first = err.errors()[0] if err.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body")
        return JSONResponse({"error": f"invalid request: {where} {first.get('msg', '')}".strip()}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, err: StarletteHTTPException):
        if _wants_html(request):
            return templates.TemplateResponse(request, "error.html", {"status": err.status_code,
                                                                      "message": str(err.detail)},
                                              status_code=err.status_code)
        return JSONResponse({"error": str(err.detail)}, status_code=err.status_code)

    @app.exception_handler(Exception)
    async def crashed(request: Request, err: Exception):
        return JSONResponse({"error": f"internal error ({err.__class__.__name__})"}, status_code=500)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def start(request: Request):
        return templates.TemplateResponse(request, "index.html", {})

    @app.post("/digest", include_in_schema=False)
    async def digest_form(request: Request,
                          article: Annotated[list[str], Form()] = [],  # noqa: B006 - FastAPI copies defaults
                          url: Annotated[list[str], Form()] = [],  # noqa: B006
                          files: Annotated[list[UploadFile], File()] = [],  # noqa: B006
                          words: Annotated[int, Form(ge=20, le=5000)] = DEFAULT_WORDS,
                          min_confidence: Annotated[str, Form()] = ""):
        uploads = [(f.filename or "upload.txt", await f.read()) for f in files if f.filename]
        try:
            raw, failed = await gather(article, url, uploads)
            options = Options(words, min_confidence=_confidence(min_confidence))
            key, _ = await digest_and_store(raw, options, failed)
        except (InputError, ServerBusy, asyncio.TimeoutError) as err:
            # Show the start page again with everything the user typed, and why it failed.
            status, message = _form_error(err, settings.timeout)
            return templates.TemplateResponse(request, "index.html", {
                "error": message, "texts": article, "urls": url, "words": words, "min_confidence": min_confidence,
                "uploaded": [n for n, _ in uploads],
            }, status_code=status)
        return RedirectResponse(f"/d/{key}", status_code=303)

    @app.get("/d/{key}.{fmt}", include_in_schema=False)
    async def download(key: str, fmt: str):
        stored = store.get(key)
        if stored is None or fmt not in {"json", "md", "html"}:
            raise StarletteHTTPException(404, f"no digest {key}.{fmt}")
        name = {"Content-Disposition": f'attachment; filename="storylens-{key}.{fmt}"'}
        if fmt == "json":
            return JSONResponse(stored.digest, headers=name)
        if fmt == "md":
            return PlainTextResponse(stored.markdown, media_type="text/markdown; charset=utf-8", headers=name)
        return HTMLResponse(stored.report, headers=name)

    @app.get("/d/{key}", response_class=HTMLResponse, include_in_schema=False)
    async def digest_page(request: Request, key: str):
        stored = store.get(key)
        if stored is None:
            raise StarletteHTTPException(404, f"no digest {key}")
        titles = [a.get("title") for a in stored.digest["articles"] if not a.get("excluded")]
        return templates.TemplateResponse(request, "digest.html", {
            "s": stored, "fragment": Markup(stored.fragment), "headline": headline(stored.digest.get("title"), titles)})

    @app.post("/api/digest", summary="Digest a cluster of articles",
              response_description="The digest JSON of shared/spec/digest.schema.json, with a permalink")
    async def api_digest(body: DigestRequest):
        if len(body.articles) + len(body.urls) > MAX_ARTICLES:
            raise InputError("request", f"at most {MAX_ARTICLES} articles and URLs at a time")
        raw = [article_from_dict(a.model_dump(), f"articles[{i}]") for i, a in enumerate(body.articles)]
        fetched, failed = await fetch_all(body.urls)
        raw += fetched
        if not raw:
            raise InputError("request", "; ".join(failed) or "give 'articles' or 'urls'")
        key, result = await digest_and_store(raw, Options(body.words, min_confidence=body.min_confidence), failed)
        return JSONResponse({**result, "permalink": f"/d/{key}"})

    @app.get("/api/health", summary="The digest workers' state: ok, degraded (restarting some) or down (503)")
    async def health():
        state = {**app.state.pool.state(), "version": __version__}
        return JSONResponse(state, status_code=503 if state["status"] == "down" else 200)

    @app.get("/favicon.ico", include_in_schema=False)
    async def favicon():
        return Response(status_code=204)

    return app


def _wants_html(request: Request) -> bool:
    """A browser asking for a page (not the JSON API, not a script) gets an HTML error page."""
    return not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")


def _form_error(err: Exception, timeout: float) -> tuple[int, str]:
    """The status and message the start page shows when a form submission fails."""
    if isinstance(err, InputError):
        return 400, str(err)
    if isinstance(err, ServerBusy):
        return 503, "the server is busy; try again shortly"
    return 504, f"the digest took longer than {timeout:g} seconds"


def _confidence(text: str) -> float | None:
    """The form's least dispute confidence: empty for the default, else a number from 0 to 1."""
    if not text.strip():
        return None
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= 1:
        raise InputError("least dispute confidence", f"{text!r} is not a number from 0 to 1")
    return value
