"""The ``storylens`` command line: digest, batch, and evaluation.

Bad input ends with a one-line ``storylens: error: …`` on standard error and exit code 2.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from storylens.errors import InputError
from storylens.render import FORMATS
from storylens.select import DEFAULT_WORDS

EXIT_INPUT = 2
EXIT_BATCH_FAILED = 1
T = TypeVar("T")


class Group(click.Group):
    """Turns :class:`InputError`, usage errors and a closed pipe into one line and an exit code, never a traceback."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.ClickException as err:
            click.echo(f"storylens: error: {err.format_message()}", err=True)
            sys.exit(err.exit_code)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as err:
            click.echo(f"storylens: error: {err}", err=True)
            ctx.exit(EXIT_INPUT)
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="storylens")
def main() -> None:
    """Read several news reports of one event: what happened, where they agree and disagree."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True)
@click.option("--words", type=click.IntRange(20, 5000), default=DEFAULT_WORDS, show_default=True,
              help="Summary length to aim for.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write here, not to stdout.")
@click.option("--batch", "batch_file", type=click.Path(), help="A JSONL(.gz) file of clusters {id, articles}.")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for --batch.")
@click.option("--resume", is_flag=True,
              help="With --batch and -o: keep the records already in the output, digest the rest and append.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Report disputes scored at least this (0-1). Default: 0.9 for figures and dates, 0.95 for "
                   "names, statements and denials, chosen for precision; lower it to see more, less sure rows.")
def digest(paths: tuple[str, ...], fmt: str, words: int, output: str | None, batch_file: str | None,
           workers: int, resume: bool, min_confidence: float | None) -> None:
    """Digest the articles in PATHS (files, directories, or - for standard input).

    Files: .txt/.md (one article, or several separated by |||||), .html/.htm, .json (an
    article object or a list). A directory is read in file-name order.
    """
    if batch_file:
        if paths:
            raise click.UsageError("give either PATHS or --batch, not both")
        _batch(batch_file, output, words, workers, resume, min_confidence)
        return
    if resume:
        raise click.UsageError("--resume goes with --batch")
    if not paths:
        raise click.UsageError("give at least one PATH (or - for standard input), or --batch FILE")
    from storylens.ingest import read_paths
    from storylens.pipeline import digest as run
    from storylens.render import render

    result = run(read_paths(paths), words=words, min_confidence=min_confidence)
    for warning in result.warnings:
        click.echo(f"storylens: warning: {warning}", err=True)
    _write(render(result, fmt), output)


def _batch(path: str, output: str | None, words: int, workers: int, resume: bool,
           min_confidence: float | None) -> None:
    from storylens.batch import run_batch, write_jsonl, written_ids

    source = Path(path)
    if not source.is_file():
        raise InputError(path, "no such file" if not source.exists() else "not a regular file")
    if resume and not output:
        raise click.UsageError("--resume needs -o OUT.jsonl: the output to continue")
    done: list[str | None] = []
    if output:
        target = Path(output)
        if target.exists() and _same_file(source, target):
            raise InputError(output, "is the input file; write the output elsewhere")
        if resume and target.is_file():
            done = written_ids(target)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        fd = _guard(output, lambda: os.open(target, flags, 0o644))
    else:
        sys.stdout.flush()
        fd = sys.stdout.fileno()
    records = run_batch(path, words, workers, done=done, min_confidence=min_confidence)
    try:
        failed = _guard(output or "<stdout>", lambda: write_jsonl(records, fd),
                        "; rerun with --resume to go on from there" if output else "")
    finally:
        records.close()
        if output:
            os.close(fd)
    if failed:
        click.echo(f"storylens: {failed} cluster(s) failed; see their 'error' records", err=True)
        sys.exit(EXIT_BATCH_FAILED)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def _guard(where: str, action: Callable[[], T], hint: str = "") -> T:
    """Run a file operation; a system error (no folder, no permission, disk full) becomes one clear line."""
    try:
        return action()
    except BrokenPipeError:
        raise
    except OSError as err:
        raise InputError(where, f"cannot write ({err.strerror or err}){hint}") from None


def _write(text: str, output: str | None) -> None:
    if output:
        _guard(output, lambda: Path(output).write_text(text, encoding="utf-8"))
    else:
        _guard("<stdout>", lambda: click.echo(text, nl=not text.endswith("\n")))


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--db", default="storylens.sqlite3", show_default=True, help="SQLite file for permalinks.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True, help="Digest worker processes.")
@click.option("--timeout", type=click.FloatRange(1), default=60.0, show_default=True,
              help="Seconds a digest may run (it is then stopped and gets 504), and a request may wait for a worker.")
@click.option("--max-body", type=click.IntRange(1000), default=10_000_000, show_default=True,
              help="Largest request body in bytes (larger ones get 413).")
@click.option("--max-pending", type=click.IntRange(0), default=16, show_default=True,
              help="Requests that may wait for a free worker; more get 503 with Retry-After.")
@click.option("--allow-private-urls", is_flag=True,
              help="Let URL fetching reach private and loopback addresses (for tests and intranets).")
def serve(host: str, port: int, db: str, workers: int, timeout: float, max_body: int, max_pending: int,
          allow_private_urls: bool) -> None:
    """Start the web app and HTTP API (OpenAPI docs at /docs)."""
    import uvicorn

    from storylens.web.app import Settings, create_app

    settings = Settings(db=db, workers=workers, timeout=timeout, max_body=max_body, max_pending=max_pending,
                        allow_private_urls=allow_private_urls)
    try:
        app = create_app(settings)
    except (OSError, sqlite3.Error) as err:  # a folder that cannot be made, a file that is not a database
        raise InputError(db, f"cannot open the permalink database ({err})") from None
    uvicorn.run(app, host=host, port=port, log_level="info")


@main.group(name="eval")
def evaluate() -> None:
    """Measure storylens: ROUGE against reference summaries, disputes against gold."""


@evaluate.command()
@click.argument("data", type=click.Path())
@click.option("--words", type=click.IntRange(20, 5000), default=DEFAULT_WORDS, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option("--limit", type=click.IntRange(1), help="Only the first N clusters.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def rouge(data: str, words: int, workers: int, limit: int | None, as_json: bool) -> None:
    """ROUGE-1/2/L/Lsum F1 of the digests of DATA (JSONL with 'summary') against the references."""
    from storylens.evaluate import eval_rouge

    if not Path(data).is_file():
        raise InputError(data, "no such file")
    result = eval_rouge(data, words, workers, limit)
    if as_json:
        click.echo(json.dumps(result, indent=1))
        return
    click.echo(f"clusters {result['clusters']}  ROUGE-1 {result['rouge1']:.2f}  ROUGE-2 {result['rouge2']:.2f}  "
               f"ROUGE-L {result['rougeL']:.2f}  ROUGE-Lsum {result['rougeLsum']:.2f}  "
               f"words {result['words']:.0f}  s/cluster {result['seconds_per_cluster']:.2f}")


@evaluate.command()
@click.argument("gold", type=click.Path())
@click.option("--data", required=True, type=click.Path(),
              help="JSONL(.gz) of clusters with ids matching the gold, or a directory of one cluster.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--totals", is_flag=True, help="Print the totals only (for a split scored without reading its items).")
def disputes(gold: str, data: str, workers: int, as_json: bool, totals: bool) -> None:
    """Score disputes, entities, quotes, boilerplate and citations with shared/tools/digest_check.py."""
    from storylens.evaluate import eval_disputes

    for path in (gold, data):
        if not Path(path).exists():
            raise InputError(path, "no such file or directory")
    digests = _digests_for(gold, data, workers)
    rows, total = eval_disputes(gold, digests)
    if as_json:
        click.echo(json.dumps({"total": total, "clusters": [] if totals else rows}, indent=1))
        return
    for r in [] if totals else rows:
        click.echo(f"{r['id']}: disputes {r['disputes_found']}/{r['disputes_gold']} "
                   f"(reported {r['disputes_reported']}, confirmed {r.get('disputes_confirmed', 0)}, "
                   f"traps {r['traps']}) | entities {r['entities_merged']}/{r['entities_gold']} | quotes "
                   f"{r['quotes_found']}/{r['quotes_gold']} | boilerplate {r['boilerplate_removed']}/"
                   f"{r['boilerplate_gold']} | summary {r['summary_supported']}/{r['summary_sentences']} supported")
    t = total
    click.echo(f"TOTAL clusters={t['clusters']} disputes={t['disputes_found']}/{t['disputes_gold']} "
               f"reported={t['disputes_reported']} confirmed={t.get('disputes_confirmed', 0)} traps={t['traps']} "
               f"false_alarms={t['false_alarms']}/{t['clusters_without_disputes']} clusters "
               f"entities={t['entities_merged']}/{t['entities_gold']} quotes={t['quotes_found']}/{t['quotes_gold']} "
               f"boilerplate={t['boilerplate_removed']}/{t['boilerplate_gold']} "
               f"supported={t['summary_supported']}/{t['summary_sentences']}")


def _digests_for(gold: str, data: str, workers: int) -> list[dict]:
    """Digest the clusters the gold file names (a directory is one cluster)."""
    from storylens.render import to_dict

    if Path(data).is_dir():
        from storylens.ingest import read_paths
        from storylens.pipeline import digest as run

        return [to_dict(run(read_paths([data])))]
    import gzip
    import tempfile

    from storylens.batch import run_batch

    wanted = _gold_ids(gold)
    opener = gzip.open if data.endswith(".gz") else open
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        try:
            with opener(data, "rt", encoding="utf-8") as src:
                for line in src:
                    if line.strip() and (not wanted or _line_id(line) in wanted):
                        tmp.write(line)
        except (OSError, EOFError, UnicodeDecodeError) as err:
            Path(tmp.name).unlink()
            raise InputError(data, f"unreadable data file ({err.__class__.__name__})") from None
    try:
        return [r for r in run_batch(tmp.name, DEFAULT_WORDS, workers) if "error" not in r]
    finally:
        Path(tmp.name).unlink()


def _line_id(line: str) -> object:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return obj.get("id") if isinstance(obj, dict) else None


def _gold_ids(gold: str) -> set[str]:
    try:
        data = json.loads(Path(gold).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as err:
        raise InputError(gold, f"unreadable gold file ({err.__class__.__name__})") from None
    items = data if isinstance(data, list) else [data]
    return {g["id"] for g in items if isinstance(g, dict) and g.get("id")}


if __name__ == "__main__":
    main()
