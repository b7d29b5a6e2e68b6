"""Inputs for the blind readings of ``../shared/tools/judge.md``, and the tally of paired ones.

    python scripts/blind.py half OUT.jsonl
    python scripts/blind.py pair OLD.jsonl NEW.jsonl --seed SEED --out DIR
    python scripts/blind.py tally DIR

- ``half``: the dev clusters kept for blind readings — those in neither gold set whose id hashes
  odd (the even half feeds distant supervision, ``scripts/train_disputes.py``) — as a JSONL of
  clusters; digest it with ``storylens digest --batch OUT.jsonl -o DIGESTS.jsonl`` and give a
  reader both files.
- ``pair``: for a paired reading of a change, the clusters of the blind half (with ``--distant``,
  of the distant half: for a change trained on the blind half's readings) whose headline or
  summary differ between two digest files (the same clusters digested before and after), each
  with its articles and the two versions as ``X`` and ``Y`` in an order drawn from ``SEED``;
  ``DIR/packet.jsonl`` for the reader, ``DIR/key.json`` (which letter is the new version) kept
  from them.
- ``tally``: the reader's ``DIR/judge.json`` (a list of {"id", "better": "X"|"Y"|"tie", "X": {...},
  "Y": {...}}) read through the key: how often each version was preferred, and the sums of the
  numeric judgements per version.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import hashlib
import json
import random
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "data" / "multinews" / "dev.jsonl.gz"
GOLD = SHARED / "examples" / "disputes"


def blind_ids(parity: int = 1) -> list[str]:
    """The blind half, in the dev file's order (with ``parity`` 0, the other, distant half)."""
    gold = {g["id"] for name in ("tune", "check") for g in json.loads((GOLD / f"{name}.json").read_text())}
    with gzip.open(DEV, "rt", encoding="utf-8") as handle:
        ids = [json.loads(line)["id"] for line in handle]
    return [i for i in ids if i not in gold and int(hashlib.sha1(i.encode()).hexdigest(), 16) % 2 == parity]


def half(out: Path) -> None:
    wanted = set(blind_ids())
    with gzip.open(DEV, "rt", encoding="utf-8") as handle, out.open("w", encoding="utf-8") as sink:
        for line in handle:
            if json.loads(line)["id"] in wanted:
                sink.write(line)
    print(f"{len(wanted)} clusters -> {out}")


def _view(digest: dict) -> dict:
    return {"title": digest.get("title"), "summary": [s["text"] for s in digest.get("summary", [])]}


def _load(path: Path) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if "id" in d}


def pair(old: Path, new: Path, seed: int, out: Path, distant: bool = False) -> None:
    before, after = _load(old), _load(new)
    wanted = set(blind_ids(0 if distant else 1))
    with gzip.open(DEV, "rt", encoding="utf-8") as handle:
        clusters = {c["id"]: c for c in map(json.loads, handle) if c["id"] in wanted}
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    key, rows = {}, []
    for cid in sorted(wanted & before.keys() & after.keys()):
        if _view(before[cid]) == _view(after[cid]):
            continue
        flip = rng.random() < 0.5
        x, y = (after[cid], before[cid]) if flip else (before[cid], after[cid])
        key[cid] = "X" if flip else "Y"
        articles = [{"id": f"a{i + 1}", "text": a["text"]} for i, a in enumerate(clusters[cid]["articles"])]
        rows.append(json.dumps({"id": cid, "articles": articles, "X": _view(x), "Y": _view(y)}))
    (out / "packet.jsonl").write_text("".join(r + "\n" for r in rows), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key), encoding="utf-8")
    print(f"{len(rows)} changed clusters -> {out / 'packet.jsonl'} (key: {out / 'key.json'})")


def tally(folder: Path) -> None:
    key = json.loads((folder / "key.json").read_text(encoding="utf-8"))
    verdicts = json.loads((folder / "judge.json").read_text(encoding="utf-8"))
    better = collections.Counter()
    sums = {"new": collections.Counter(), "old": collections.Counter()}
    for item in verdicts:
        new_letter = key[item["id"]]
        choice = str(item.get("better", "")).strip()
        better["tie" if choice.lower() == "tie" else "new" if choice == new_letter else "old"] += 1
        for letter in "XY":
            side = sums["new" if letter == new_letter else "old"]
            for name, value in item.get(letter, {}).items():
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    side[name] += value
                elif isinstance(value, list):
                    side[name] += len(value)
    print(f"{len(verdicts)} clusters: new better {better['new']}, old {better['old']}, ties {better['tie']}")
    for side, counts in sums.items():
        print(f"  {side}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("half").add_argument("out", type=Path)
    paired = sub.add_parser("pair")
    paired.add_argument("old", type=Path)
    paired.add_argument("new", type=Path)
    paired.add_argument("--seed", type=int, required=True)
    paired.add_argument("--out", type=Path, required=True)
    paired.add_argument("--distant", action="store_true",
                        help="the distant half's clusters, for a change trained on the blind half's readings")
    sub.add_parser("tally").add_argument("folder", type=Path)
    args = parser.parse_args()
    if args.command == "half":
        half(args.out)
    elif args.command == "pair":
        pair(args.old, args.new, args.seed, args.out, args.distant)
    else:
        tally(args.folder)


if __name__ == "__main__":
    main()
