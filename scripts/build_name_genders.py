"""Build ``storylens/resources/name-genders.tsv``: given names whose bearers are nearly all men or
nearly all women, for telling whom a "he" or "she" can stand for when the text itself does not
say (no "Mr." or "Ms.", no "she" right after the name).

    pip install names-dataset   # build time only (MIT licence; about 1 GB of memory to load)
    python scripts/build_name_genders.py [--rank 1000] [--share 0.9]

Data recipe: the first-name table of the ``names-dataset`` package (version 3, Philippe Remy,
MIT licence), which counts the gender of each first name's bearers in 106 countries. A name is
kept when it ranks among the ``--rank`` most common first names of at least one country (rare
entries are mostly noise) and at least ``--share`` of its bearers are of one gender; only names
written as one capitalised word in Latin letters. "Andrea" (55% men) and "Kim" (80% women) are
left out: for them only the text can tell.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import re
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "storylens" / "resources" / "name-genders.tsv"
WRITTEN = re.compile(r"[A-Z][a-z\u00e0-\u00ff'-]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rank", type=int, default=1000, help="most common names per country to read")
    parser.add_argument("--share", type=float, default=0.9, help="least share of one gender")
    args = parser.parse_args()
    spec = find_spec("names_dataset")
    if spec is None or spec.origin is None:
        raise SystemExit("build_name_genders: pip install names-dataset first (build time only)")
    table = Path(spec.origin).parent / "v3" / "first_names.pkl.gz"
    with gzip.open(table) as f:
        names = pickle.load(f)  # the package's own data file, read as its loader does
    rows = []
    for name, info in names.items():
        ranks = info.get("rank") or {}
        shares = {k: v or 0.0 for k, v in (info.get("gender") or {}).items()}
        if not WRITTEN.fullmatch(name) or not ranks or min(ranks.values()) > args.rank:
            continue
        for code, gender in (("M", "m"), ("F", "f")):
            if shares.get(code, 0.0) >= args.share:
                rows.append(f"{name.lower()}\t{gender}")
    rows.sort()
    header = (f"# given name, gender (m/f) of at least {args.share:.0%} of its bearers; names among the "
              f"{args.rank} most common of a country. Built by scripts/build_name_genders.py from "
              "names-dataset 3 (MIT licence).")
    OUT.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    print(f"{len(rows)} names written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
