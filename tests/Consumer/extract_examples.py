#!/usr/bin/env python3
"""Writes the README's examples into a folder: every fenced block that follows a line
`<!-- example: FILE -->` is appended to FILE (a path under the folder), so the README's code is exactly what the consumer
test compiles and runs.

Usage: extract_examples.py README.md OUT_DIR
"""
import re
import sys
from pathlib import Path

MARKER = re.compile(r"^<!-- example: (\S+) -->$")


def main(readme, out_dir):
    lines = Path(readme).read_text(encoding="utf-8").splitlines()
    files = {}
    i = 0
    while i < len(lines):
        marker = MARKER.match(lines[i])
        i += 1
        if not marker:
            continue
        if i >= len(lines) or not lines[i].startswith("```"):
            sys.exit(f"{readme}:{i}: an example marker must stand right before a fenced block")
        i += 1
        block = []
        while i < len(lines) and not lines[i].startswith("```"):
            block.append(lines[i])
            i += 1
        files.setdefault(marker.group(1), []).append("\n".join(block))
    if not files:
        sys.exit(f"{readme}: no examples found")
    for name, blocks in files.items():
        path = Path(out_dir) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        print(f"{name}: {len(blocks)} block(s)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
