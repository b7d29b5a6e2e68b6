"""Write the README's screenshots of the web app: a desktop page, a citation popup, and a phone.

    .venv/bin/python scripts/screenshots.py [--out docs]

Starts ``storylens serve`` on a free local port with a throw-away database, submits the bundled
example through the start page in headless Chromium, and saves PNGs; the disputes on a phone are
those of ``tests/fixtures/lahore-protest`` (three short reports that disagree on clear figures),
since the example's are below the default threshold. The test run never writes them, so a test
run leaves the tree clean.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_web import CHROMIUM, CHROMIUM_ARGS, DISPUTING, TEXTS, start_server, submit  # noqa: E402

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 1800}


def shoot(base: str, out: Path) -> list[Path]:
    """Screenshots of one digest page, desktop and phone; returns the files written."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=DESKTOP)
        submit(page, base, TEXTS)
        url = page.url
        written = [_save(page, out / "screenshot-digest.png")]
        page.locator("#summary .cite").first.hover()
        top = {"x": 0, "y": 0, "width": DESKTOP["width"], "height": 900}
        written.append(_save(page, out / "screenshot-citation.png", clip=top))
        phone = browser.new_page(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
        submit(phone, base, DISPUTING)
        phone.evaluate("document.querySelector('#disputes').scrollIntoView()")
        written.append(_save(phone, out / "screenshot-phone-disputes.png"))
        phone.goto(url)
        phone.evaluate("window.scrollTo(0, 0)")
        phone.locator("#summary .cite").first.tap()
        written.append(_save(phone, out / "screenshot-phone-citation.png"))
        browser.close()
    return written


def _save(page, path: Path, **options) -> Path:
    page.screenshot(path=str(path), **options)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs", help="folder for the PNG files")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        base, proc = start_server(Path(tmp))
        try:
            for path in shoot(base, args.out):
                print(path)
        finally:
            proc.terminate()
            proc.wait(timeout=30)


if __name__ == "__main__":
    main()
