"""The web app under load: the example's digest page, and concurrent API requests.

    python bench/web.py [--write]

Starts ``storylens serve`` on a free loopback port (models loaded before it answers), then
measures: submitting the example through the form until its digest page has arrived; serving
a stored permalink; 4 API digests at once against the same 4 one after another. The CLI
making the same HTML report (with its own model load) is the peer.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.report import replace_section  # noqa: E402
from tests.test_web import TEXTS, start_server  # noqa: E402


def timed(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    base, proc = start_server(tmp)
    try:
        files = [("files", (p.name, p.read_bytes(), "text/plain"))
                 for p in sorted((ROOT / "examples" / "mqm-karachi-raid").glob("*.txt"))]

        def form() -> None:
            with httpx.Client(base_url=base, timeout=120, follow_redirects=True) as client:
                response = client.post("/digest", files=files)
                assert response.status_code == 200 and "Where the sources disagree" in response.text

        submit = timed(form)
        key = httpx.post(f"{base}/api/digest", json={"articles": [{"text": t} for t in TEXTS]},
                         timeout=120).json()["permalink"]
        permalink = timed(lambda: httpx.get(base + key).raise_for_status(), runs=20)

        def api(i: int) -> int:
            body = {"articles": [{"text": t + f"\n\nRun {i} {time.time()}."} for t in TEXTS]}
            return httpx.post(f"{base}/api/digest", json=body, timeout=180).status_code

        started = time.perf_counter()
        with ThreadPoolExecutor(4) as pool:
            codes = list(pool.map(api, range(4)))
        concurrent = time.perf_counter() - started
        started = time.perf_counter()
        sequential_codes = [api(10 + i) for i in range(4)]
        sequential = time.perf_counter() - started
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    cli = timed(lambda: subprocess.run([sys.executable, "-m", "storylens.cli", "digest", "examples/mqm-karachi-raid",
                                        "--format", "html"], cwd=ROOT, check=True, capture_output=True), runs=3)
    rows = ["| what | seconds | vs the CLI making the same report |", "|---|---|---|",
            f"| form submit of the example → digest page (models loaded) | {submit:.2f} | {submit / cli:.2f}x |",
            f"| stored permalink page | {permalink:.3f} | {permalink / cli:.3f}x |",
            f"| 4 API digests at once (answers: {codes}) | {concurrent:.2f} | {concurrent / cli:.2f}x |",
            f"| the same 4 one after another (answers: {sequential_codes}) | {sequential:.2f} | "
            f"{sequential / cli:.2f}x |",
            f"| CLI `storylens digest examples/mqm-karachi-raid --format html` (peer) | {cli:.2f} | 1.00x |"]
    table = "\n".join(rows)
    print(table)
    if args.write:
        machine = f"{platform.machine()}, 2 digest workers, Python {platform.python_version()}"
        replace_section("web", f"Command: `python bench/web.py --write` — server on loopback, {machine}; medians of "
                               f"5 runs (permalink: 20).\n\n{table}\n")


if __name__ == "__main__":
    main()
