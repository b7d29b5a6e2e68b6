"""Hostile input and faults (issue 12): scaling, memory at the caps, a gzip bomb, hundreds of
generated hostile inputs, and kill -9 of a web worker, of the server, and of a batch.

    python bench/hostile.py [--write] [--inputs 600] [--seed 12] [--only PART]

- Scaling: one digest at n and at 10n lines, sentences and articles (models loaded; median of
  3 runs), in one process. News sentences come from ../shared/data/multinews/dev.jsonl.gz when
  it is there, else from the bundled example.
- Memory: each input at the documented caps digested by the CLI in its own process; its peak
  resident memory (ru_maxrss) and time.
- A .gz that expands to 1 GiB, given to the CLI.
- Hostile inputs from tests/hostile.py's Hypothesis strategies at full scale: files through the
  CLI (in process, its real parsing and error handling), bodies and uploads through a real
  server's API and form, lines through one real batch run; tracebacks and HTTP 500s counted.
- Faults, with real kill -9: a web worker, then the time until the next digest answers; the
  server, then the time until none of its processes is left; a batch, then --resume.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import zlib
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from tests.test_batch import workers_of, write_batch  # noqa: E402
from tests.test_web import SHORT, TEXTS, start_server, wait_until_ready  # noqa: E402
from tests.test_web_faults import descendants  # noqa: E402

DEV = ROOT.parent / "shared" / "data" / "multinews" / "dev.jsonl.gz"
CAP_MB = 1500


# Inputs -------------------------------------------------------------------------------------------

def news_sentences() -> list[str]:
    """Distinct real news sentences, in order."""
    if DEV.exists():
        with gzip.open(DEV, "rt", encoding="utf-8") as lines:
            texts = [a["text"] for line in lines for a in json.loads(line)["articles"]]
    else:
        texts = [re.sub(r"\d+", str(k), t) for k in range(200) for t in TEXTS]
    seen: dict[str, None] = {}
    for text in texts:
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", text.replace("\n", " ")):
            if 40 <= len(s) <= 300:
                seen.setdefault(s)
    return list(seen)


def article(pool: list[str], k: int, count: int) -> dict:
    """The k-th article of ``count`` distinct sentences, in paragraphs of four as news is."""
    start = (k * 7919) % max(len(pool) - count, 1)
    return {"text": paragraphs(pool[start:start + count])}


def paragraphs(sentences: list[str]) -> str:
    return "\n\n".join(" ".join(sentences[i:i + 4]) for i in range(0, len(sentences), 4))


def at_caps(kind: str, pool: list[str]) -> list[dict]:
    """20 articles of 100,000 characters (the caps) of one kind, or the issue's 4 GB input."""
    def fill(text: str) -> str:
        return (text * (100_000 // len(text) + 1))[:100_000]

    if kind == "issue's run-on":  # a 7,000-word run-on sentence + 255 short ones (4 GB before)
        short = " ".join(f"Officials said {i} roads were closed." for i in range(255))
        return [{"text": " ".join(["word"] * 7000) + ". " + short}, article(pool, 1, 20)]
    run_on = "the council met and voted on the budget while residents waited outside the hall and "
    text = {"news": None, "tiny sentences": "Aaa bbb ccc ddd. ", "run-on": run_on,
            "no spaces": "A", "lines": "x\n", "NULs": "The mayor said the bridge would reopen.\0\0\0 "}[kind]
    if text is None:
        return [{"text": fill(paragraphs(pool[k * 800:(k + 1) * 800]))} for k in range(20)]
    return [{"text": fill(text)} for _ in range(20)]


def role_quotes(n: int) -> list[dict]:
    """One article of n sentences alternating a role's sentence and a 'she said' quotation: every
    'she said' looks back for the one person holding the role (once quadratic)."""
    pairs = [f"The delegate's staff met again on day {i} of the inquiry. "
             f"\"We will keep working on item {i} of the budget,\" she said." for i in range(n // 2)]
    return [{"text": "Virgin Islands Del. Stacey Plaskett spoke first.\n\n" + paragraphs(pairs)}]


def echoed_quotations(n: int) -> list[dict]:
    """Two articles of n quotations each: one without speakers, one giving the same words to a
    named speaker, so every unattributed quotation looks for its echo (once quadratic)."""
    lines = [f"The council will vote on measure {i} after the long hearing next week" for i in range(n)]
    bare = [f"\u201c{line}.\u201d" for line in lines]
    said = [f"\u201c{line},\u201d Mayor Jane Okafor said." for line in lines]
    return [{"text": paragraphs(bare)}, {"text": paragraphs(said)}]


def repeated_sentence(n: int) -> list[dict]:
    """Two articles repeating one sentence n times: every copy is as similar as the next to every
    sentence of the other article, so the facts and the summary's citations weigh them all (once
    quadratic in each article pair)."""
    line = "The committee met again on Tuesday and discussed the budget for the coming year in the city hall."
    return [{"text": paragraphs([line] * n)} for _ in range(2)]


CAP_KINDS = ("issue's run-on", "news", "tiny sentences", "run-on", "no spaces", "lines", "NULs")


# Scaling, in one process ------------------------------------------------------------------------

def scaling(pool: list[str]) -> list[tuple[str, int, int, float, float, float]]:
    """CPU seconds of one digest at n and 10n (medians of a few runs; one run at the cap), and the
    share of the 10n run spent merging entities. CPU time, not wall time: the machine is shared,
    and what scales is the work."""
    import storylens.pipeline as pipeline
    from storylens.model import RawArticle
    from storylens.pipeline import digest

    merging = [0.0]
    merge = pipeline.merge  # the pipeline merges the reports' entities once, by its own name for it

    def timed_merge(articles):  # the one stage that compares every pair (of entity names)
        started = time.process_time()
        try:
            return merge(articles)
        finally:
            merging[0] += time.process_time() - started

    pipeline.merge = timed_merge
    cases = [("lines (one article, the issue's reproduction)", 5_000, (7, 7), lambda n: [{"text": "x\n" * n}]),
             ("sentences (2 articles)", 50, (3, 3), lambda n: [article(pool, k, n) for k in range(2)]),
             ("articles (25 sentences each)", 2, (3, 3), lambda n: [article(pool, k, 25) for k in range(n)]),
             ("sentences (20 articles, up to the cap)", 50, (3, 1),
              lambda n: [article(pool, k, n) for k in range(20)]),
             ("quotations after a role (one article)", 48, (3, 3), role_quotes),
             ("quotations echoed (2 articles)", 48, (3, 3), echoed_quotations),
             ("one sentence repeated (2 articles)", 48, (3, 3), repeated_sentence)]
    digest([RawArticle(SHORT)])  # load the models
    rows = []
    for label, n, (runs_n, runs_10n), build in cases:
        seconds = []
        for size, runs in ((n, runs_n), (10 * n, runs_10n)):
            raw = [RawArticle(a["text"]) for a in build(size)]
            took = []
            merging[0] = 0.0
            for _ in range(runs):
                started = time.process_time()
                digest(raw)
                took.append(time.process_time() - started)
            seconds.append(statistics.median(took))
            share = merging[0] / sum(took)
            print(f"scaling {label} at {size}: {seconds[-1]:.2f} CPU s ({share:.0%} merging entities)", flush=True)
        rows.append((label, n, 10 * n, seconds[0], seconds[1], share))
    pipeline.merge = merge
    return rows


# Memory, one process per input --------------------------------------------------------------------

def run_measured(args: list[str], stdin: bytes = b"") -> tuple[int, float, subprocess.CompletedProcess]:
    """Run the CLI in a fresh process; its peak memory in MB and its seconds."""
    probe = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
             "r = subprocess.run(sys.argv[1:], input=sys.stdin.buffer.read(), capture_output=True); "
             "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t); "
             "sys.stderr.buffer.write(r.stderr); sys.exit(r.returncode)")
    result = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "storylens.cli", *args],
                            input=stdin, capture_output=True, cwd=ROOT)
    kb, seconds = result.stdout.split()
    return int(kb) // 1024, float(seconds), result


def memory(pool: list[str], tmp: Path) -> list[tuple[str, int, float, str]]:
    rows = []
    for kind in CAP_KINDS:
        path = tmp / f"{kind.replace(' ', '-')}.json"
        path.write_text(json.dumps(at_caps(kind, pool)), encoding="utf-8")
        mb, seconds, result = run_measured(["digest", str(path)])
        outcome = "digest" if result.returncode == 0 else result.stderr.decode().strip()[-80:]
        print(f"memory {kind}: {mb} MB, {seconds:.1f} s, {outcome}", flush=True)
        rows.append((kind, mb, seconds, outcome))
    return rows


def gzip_bomb(tmp: Path) -> tuple[int, float, str]:
    bomb = tmp / "bomb.txt.gz"
    packer = zlib.compressobj(1, zlib.DEFLATED, 31)
    with open(bomb, "wb") as out:
        for _ in range(64):  # 64 x 16 MiB = 1 GiB of zeros
            out.write(packer.compress(b"\0" * (1 << 24)))
        out.write(packer.flush())
    mb, seconds, result = run_measured(["digest", str(bomb)])
    print(f"gzip bomb ({bomb.stat().st_size:,} bytes): {mb} MB, {seconds:.2f} s", flush=True)
    return mb, seconds, result.stderr.decode().strip()


# Hostile inputs ---------------------------------------------------------------------------------

def hostile(count: int, seed: int, tmp: Path) -> dict[str, Counter]:
    from click.testing import CliRunner
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fixed_seed
    from hypothesis import strategies as st

    from storylens.cli import main
    from tests.hostile import api_bodies, batch_lines, check_cli, check_http, files, texts

    full = settings(max_examples=count // 3, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))
    tally: dict[str, Counter] = {"CLI files and stdin": Counter(), "API bodies and form uploads": Counter(),
                                 "batch lines": Counter()}
    problems: list[str] = []

    @fixed_seed(seed)
    @full
    @given(files(scale=10))
    def cli_files(named):
        name, data = named
        path = tmp / "in" / name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        result = CliRunner().invoke(main, ["digest", str(path)])
        note(tally["CLI files and stdin"], result.exit_code, check_cli(result.exit_code, result.stdout_bytes,
                                                                      result.stderr_bytes, result.exception), name)

    @fixed_seed(seed)
    @settings(full, max_examples=max(count // 12, 1))
    @given(texts(scale=10))
    def cli_stdin(text):
        result = CliRunner().invoke(main, ["digest", "-"], input=text.encode("utf-8", "surrogatepass"))
        note(tally["CLI files and stdin"], result.exit_code, check_cli(result.exit_code, result.stdout_bytes,
                                                                      result.stderr_bytes, result.exception), "-")

    def note(counter: Counter, code: int, problem: str | None, what: str) -> None:
        counter["inputs"] += 1
        counter["problems"] += problem is not None
        counter["digests" if code in (0, 200, 303) else "errors"] += 1
        if problem:
            problems.append(f"{what}: {problem}")
            print("PROBLEM", what, problem, flush=True)

    cli_files()
    cli_stdin()
    base, proc = start_server(tmp, "--timeout", "60")
    try:
        @fixed_seed(seed)
        @full
        @given(api_bodies(scale=10))
        def api(request_body):
            kind, body = request_body
            response = httpx.post(f"{base}/api/digest", content=body, headers={"content-type": kind} if kind else {},
                                  timeout=300)
            note(tally["API bodies and form uploads"], response.status_code,
                 check_http(response.status_code, response.content), f"HTTP {response.status_code}")
            tally["API bodies and form uploads"][f"HTTP {response.status_code}"] += 1

        @fixed_seed(seed)
        @settings(full, max_examples=max(count // 12, 1))
        @given(st.lists(files(scale=10), min_size=1, max_size=3))
        def form(uploads):
            response = httpx.post(f"{base}/digest", files=[("files", u) for u in uploads], timeout=300)
            bad = response.status_code >= 500 and response.status_code not in (503, 504) or "Traceback" in response.text
            note(tally["API bodies and form uploads"], response.status_code,
                 f"HTTP {response.status_code}" if bad else None, "form")
            tally["API bodies and form uploads"][f"HTTP {response.status_code}"] += 1

        api()
        form()
    finally:
        proc.terminate()
        proc.wait(timeout=60)

    lines: list[str] = []

    @fixed_seed(seed)
    @settings(full, max_examples=count // 3)
    @given(batch_lines(scale=10))
    def collect(line):
        lines.append(line)

    collect()
    source, out = tmp / "hostile.jsonl", tmp / "hostile-out.jsonl"
    source.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass"))
    result = subprocess.run([sys.executable, "-m", "storylens.cli", "digest", "--batch", str(source), "-o", str(out),
                             "--workers", "2"], cwd=ROOT, capture_output=True)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").split("\n") if line]
    batch = tally["batch lines"]
    batch["inputs"] = sum(1 for line in lines if line.strip())
    batch["digests"] = sum("summary" in r for r in written)
    batch["errors"] = sum("error" in r for r in written)
    batch["problems"] = (b"Traceback" in result.stderr) + (len(written) != batch["inputs"]) \
        + (result.returncode not in (0, 1))
    print("hostile", {k: dict(v) for k, v in tally.items()}, flush=True)
    for problem in problems[:20]:
        print("  ", problem)
    return tally


# Faults -----------------------------------------------------------------------------------------

def faults(tmp: Path) -> dict[str, str]:
    found: dict[str, str] = {}
    base, proc = start_server(tmp, "--workers", "2")
    try:
        wait_until_ready(base)
        victim = workers_of(proc.pid)[0]
        os.kill(victim, signal.SIGKILL)
        started = time.perf_counter()
        response = httpx.post(f"{base}/api/digest", json={"articles": [{"text": t} for t in TEXTS]}, timeout=300)
        found["worker"] = f"{response.status_code} after {time.perf_counter() - started:.2f} s"
        state = wait_until_ready(base)
        found["worker"] += f"; /api/health back to {state['status']!r} with {state['ready']} ready workers"
        family = descendants(proc.pid)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        started = time.perf_counter()
        while any(Path(f"/proc/{p}").exists() for p in family) and time.perf_counter() - started < 30:
            time.sleep(0.05)
        left = [p for p in family if Path(f"/proc/{p}").exists()]
        found["server"] = (f"{len(family)} child processes, {len(left)} left after "
                           f"{time.perf_counter() - started:.2f} s")
    finally:
        if proc.poll() is None:
            proc.kill()

    source, out = tmp / "kill.jsonl", tmp / "kill-out.jsonl"
    ids = write_batch(source, 12)
    batch = subprocess.Popen([sys.executable, "-m", "storylens.cli", "digest", "--batch", str(source), "-o", str(out),
                              "--workers", "2"], cwd=ROOT, stderr=subprocess.DEVNULL)
    while not out.exists() or out.read_bytes().count(b"\n") < 4:
        time.sleep(0.1)
    batch.send_signal(signal.SIGKILL)
    batch.wait()
    before = out.read_bytes().count(b"\n")
    subprocess.run([sys.executable, "-m", "storylens.cli", "digest", "--batch", str(source), "-o", str(out),
                    "--workers", "2", "--resume"], cwd=ROOT, check=True, capture_output=True)
    got = [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").split("\n") if line]
    found["batch"] = (f"{len(ids)} clusters; killed with {before} written; after --resume {len(got)} records, "
                      f"{len(set(got))} distinct, each exactly once: {got == ids}")
    print("faults", found, flush=True)
    return found


# Report -----------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write the section of docs/benchmarks.md")
    parser.add_argument("--inputs", type=int, default=600, help="generated hostile inputs, in all")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--only", choices=["scaling", "memory", "bomb", "hostile", "faults"],
                        help="run one part and print it (not with --write)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="storylens-hostile-"))
    pool = news_sentences()
    if args.only:
        part = {"scaling": lambda: scaling(pool), "memory": lambda: memory(pool, tmp), "bomb": lambda: gzip_bomb(tmp),
                "hostile": lambda: hostile(args.inputs, args.seed, tmp), "faults": lambda: faults(tmp)}[args.only]
        print(part())
        return
    scale_rows = scaling(pool)
    memory_rows = memory(pool, tmp)
    bomb = gzip_bomb(tmp)
    tally = hostile(args.inputs, args.seed, tmp)
    fault = faults(tmp)

    out = ["| input | n | 10n | CPU seconds at n | at 10n | ratio (≤ 15) | at 10n, merging entities |",
           "|---|---|---|---|---|---|---|"]
    out += [f"| {k} | {a:,} | {b:,} | {x:.3g} | {y:.3g} | {y / x:.1f} | {m:.0%} |" for k, a, b, x, y, m in scale_rows]
    out += ["", f"| input at the caps (one CLI process each) | peak memory MB (≤ {CAP_MB}) | seconds | outcome |",
            "|---|---|---|---|"]
    out += [f"| {k} | {mb} | {s:.1f} | {o} |" for k, mb, s, o in memory_rows]
    out += ["", f"A `.gz` expanding to 1 GiB: refused in {bomb[1]:.2f} s at {bomb[0]} MB peak — `{bomb[2]}`", "",
            "| hostile inputs | inputs | digests | clear errors | tracebacks or HTTP 500 |", "|---|---|---|---|---|"]
    out += [f"| {k} | {c['inputs']} | {c['digests']} | {c['errors']} | {c['problems']} |" for k, c in tally.items()]
    total = sum(c["inputs"] for c in tally.values())
    bad = sum(c["problems"] for c in tally.values())
    codes = Counter({k: v for k, v in tally["API bodies and form uploads"].items() if k.startswith("HTTP")})
    out += [f"| **all** | **{total}** | | | **{bad}** |", "", f"HTTP answers: {dict(sorted(codes.items()))}", "",
            f"- kill -9 of a web worker, then a digest: {fault['worker']}",
            f"- kill -9 of the server: {fault['server']}",
            f"- kill -9 of a batch, then `--resume`: {fault['batch']}"]
    table = "\n".join(out)
    print(table)
    if args.write:
        news = "Multi-News dev sentences" if DEV.exists() else "the bundled example's sentences"
        machine = (f"{platform.machine()}, {os.cpu_count()} CPUs shared with other jobs, Python "
                   f"{platform.python_version()}, peak memory from `ru_maxrss`")
        replace_section("hostile", f"Command: `python bench/hostile.py --write "
                                   f"--inputs {args.inputs} --seed {args.seed}` — {machine}; inputs from {news} "
                                   f"and `tests/hostile.py`'s strategies at full scale (10x the test suite's)."
                                   f"\n\n{table}\n")


if __name__ == "__main__":
    main()
