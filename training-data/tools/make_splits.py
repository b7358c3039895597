#!/usr/bin/env python3
"""Assign every document of training-data/ to train, dev or test, and write training-data/splits.tsv.

Deterministic: the seeds go to test; the written corpus is sorted by style and date and dealt out
along a fixed 20-slot pattern (14 train, 3 dev, 3 test), continued across styles, so each split
gets every style and a spread of years. Once committed, the split is fixed: documents already in
splits.tsv keep their split, and only new documents are dealt out (among themselves, the same way),
so re-running after adding articles never moves a document between train, dev and test.

Usage: make_splits.py [TRAINING_DATA_DIR]
"""
import csv
import sys
from pathlib import Path

PATTERN = "TTDTTSTTTDTTSTTTDTST"  # T train, D dev, S test
NAMES = {"T": "train", "D": "dev", "S": "test"}
# Publication dates of the seed articles, read from their datelines and contents.
SEED_DATES = {
    "000_6a73d2d4c6874491": "2017-01-30",
    "001_02aa92d358672171": "2024-03-22",
    "002_afb99fe33d6da9e5": "2013-05-23",
    "003_4df41b081f0d4a03": "2013-05-22",
    "004_f8ac76f2c6776053": "2024-10-06",
}


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1]
    rows = []
    for txt in sorted((root / "seeds").glob("*.txt")):
        rows.append((txt.stem, "test", "seeds", "seed", SEED_DATES.get(txt.stem, "")))
    meta_path = root / "corpus" / "metadata.tsv"
    with meta_path.open(encoding="utf-8") as f:
        meta = list(csv.DictReader(f, delimiter="\t"))
    out = root / "splits.tsv"
    fixed = {}
    if out.exists():
        with out.open(encoding="utf-8") as f:
            fixed = {r["id"]: r["split"] for r in csv.DictReader(f, delimiter="\t")}
    meta.sort(key=lambda m: (m.get("style", ""), m.get("date", ""), m["id"]))
    new = [m for m in meta if m["id"] not in fixed]
    dealt = {m["id"]: NAMES[PATTERN[k % len(PATTERN)]] for k, m in enumerate(new)}
    for m in meta:
        split = fixed.get(m["id"]) or dealt[m["id"]]
        rows.append((m["id"], split, "corpus", m.get("style", ""), m.get("date", "")))
    rows.sort()
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write("id\tsplit\tcollection\tstyle\tdate\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    counts = {s: sum(1 for r in rows if r[1] == s) for s in ("train", "dev", "test")}
    print(f"{out}: {len(rows)} documents, {counts}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
