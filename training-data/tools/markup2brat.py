#!/usr/bin/env python3
"""Convert Attache inline-markup sources into brat standoff (.txt + .ann).

Offsets are computed here, never by hand. See training-data/tools/MARKUP.md for
the markup. Usage:

    markup2brat.py SRC_DIR OUT_DIR [--expect-dir DIR]

Every SRC_DIR/*.src becomes OUT_DIR/NAME.txt and OUT_DIR/NAME.ann, and
OUT_DIR/metadata.tsv lists each document's @-headers. With --expect-dir the
plain text of each source must equal DIR/NAME.txt byte for byte (used for the
seed articles, whose text must stay exactly as received).
"""
import json
import re
import sys
from pathlib import Path

ENTITY_TYPES = {"Official", "Person", "Title", "Place", "Organization"}
EVENT_TYPES = {
    "Visit", "Meeting", "Message", "Agreement", "CooperationPledge", "Criticism",
    "Appeal", "Threat", "MissileLaunch", "NuclearTest", "MilitaryExercise",
    "Sanctions", "Detention", "Release", "Attack", "Anniversary", "PolicyChange",
    "Appointment",
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ISO_PATH = Path("/usr/share/iso-codes/json/iso_3166-1.json")
NAME_OVERRIDES = {"RUS": "Russia", "GBR": "United Kingdom", "USA": "United States"}
EXTRA_ALIASES = {
    "DPRK": "PRK", "D.P.R.K.": "PRK", "N. Korea": "PRK", "North Korea": "PRK",
    "ROK": "KOR", "S. Korea": "KOR", "South Korea": "KOR", "Korea": "KOR",
    "US": "USA", "U.S.": "USA", "U.S": "USA", "USA": "USA", "U.S.A.": "USA",
    "America": "USA", "United States of America": "USA", "the United States": "USA",
    "Britain": "GBR", "Great Britain": "GBR", "UK": "GBR", "U.K.": "GBR",
    "Russia": "RUS", "Soviet Union": "SUN", "USSR": "SUN", "PRC": "CHN",
    "Mainland China": "CHN", "Vietnam": "VNM", "Laos": "LAO", "Iran": "IRN",
    "Syria": "SYR", "Taiwan": "TWN",
}


class MarkupError(Exception):
    pass


def load_countries():
    names, aliases = {"SUN": "Soviet Union"}, {}
    if ISO_PATH.exists():
        for e in json.loads(ISO_PATH.read_text())["3166-1"]:
            code = e["alpha_3"]
            names[code] = NAME_OVERRIDES.get(code, e.get("common_name", e["name"]))
            for key in ("name", "common_name", "official_name"):
                if key in e:
                    aliases[e[key]] = code
    for code, name in names.items():
        aliases[name] = code
    aliases.update(EXTRA_ALIASES)
    return names, aliases


COUNTRY_NAMES, COUNTRY_ALIASES = load_countries()


def parse(markup, where):
    """Return (plain_text, spans). Each span: dict(start, end, type, attrs, line)."""
    out = []
    spans = []
    stack = []  # frames: {start, line, mode: 'text'|'spec', spec: []}
    i, line, n = 0, 1, len(markup)
    while i < n:
        c = markup[i]
        if markup.startswith("[[", i):
            if stack and stack[-1]["mode"] == "spec":
                raise MarkupError(f"{where}:{line}: '[[' inside an annotation spec")
            stack.append({"start": len(out), "line": line, "mode": "text", "spec": []})
            i += 2
            continue
        if stack and markup.startswith("]]", i):
            frame = stack.pop()
            if frame["mode"] != "spec":
                raise MarkupError(f"{where}:{frame['line']}: annotation without '|Type'")
            spec = "".join(frame["spec"]).split("|", 1)
            attrs = {}
            if len(spec) > 1 and spec[1].strip():
                for part in spec[1].split(";"):
                    if "=" not in part:
                        raise MarkupError(f"{where}:{frame['line']}: attribute '{part}' is not key=value")
                    k, v = part.split("=", 1)
                    attrs[k.strip()] = v.strip()
            spans.append({"start": frame["start"], "end": len(out), "type": spec[0].strip(),
                          "attrs": attrs, "line": frame["line"]})
            i += 2
            continue
        if stack and stack[-1]["mode"] == "text" and c == "|":
            stack[-1]["mode"] = "spec"
            i += 1
            continue
        if stack and stack[-1]["mode"] == "spec":
            if c == "\n":
                raise MarkupError(f"{where}:{line}: annotation spec runs past the end of the line")
            stack[-1]["spec"].append(c)
        else:
            out.append(c)
        if c == "\n":
            line += 1
        i += 1
    if stack:
        raise MarkupError(f"{where}:{stack[-1]['line']}: '[[' never closed")
    return "".join(out), spans


def split_header(src, where):
    meta, lines = {}, src.split("\n")
    k = 0
    while k < len(lines) and lines[k].startswith("@"):
        key, _, value = lines[k][1:].partition(":")
        meta[key.strip()] = value.strip()
        k += 1
    if meta:
        if k >= len(lines) or lines[k].strip() != "---":
            raise MarkupError(f"{where}:{k + 1}: headers must end with a '---' line")
        k += 1
    return meta, "\n".join(lines[k:]), k


def ids(value):
    return [v.strip() for v in value.split(",") if v.strip()]


def convert(src_path, expect_dir=None):
    where = str(src_path)
    meta, body, header_lines = split_header(src_path.read_text(encoding="utf-8"), where)
    text, spans = parse(body, where)
    if expect_dir is not None:
        expected = (expect_dir / (src_path.stem + ".txt")).read_text(encoding="utf-8")
        if text != expected:
            k = next((j for j, (a, b) in enumerate(zip(text, expected)) if a != b), min(len(text), len(expected)))
            raise MarkupError(f"{where}: plain text differs from {expect_dir}/{src_path.stem}.txt at char {k}: "
                              f"{text[max(0, k - 30):k + 30]!r} vs {expected[max(0, k - 30):k + 30]!r}")
    for s in spans:
        s["line"] += header_lines
        s["text"] = text[s["start"]:s["end"]]
        loc = f"{where}:{s['line']}"
        if s["type"] not in ENTITY_TYPES | EVENT_TYPES:
            raise MarkupError(f"{loc}: unknown type '{s['type']}'")
        if not s["text"] or s["text"] != s["text"].strip():
            raise MarkupError(f"{loc}: span '{s['text']}' is empty or has outer white space")
        allowed = {"id"}
        if s["type"] == "Official":
            allowed |= {"n", "title", "member"}
        elif s["type"] == "Place":
            allowed |= {"n"}
        elif s["type"] in EVENT_TYPES:
            allowed |= {"p", "at", "date"}
        bad = set(s["attrs"]) - allowed
        if bad:
            raise MarkupError(f"{loc}: attribute(s) {sorted(bad)} not allowed on {s['type']}")
        if s["type"] == "Official":
            s["norm"] = s["attrs"].get("n", s["text"])
        if s["type"] == "Place":
            s["norm"] = place_norm(s, loc)
        if "date" in s["attrs"] and not DATE_RE.match(s["attrs"]["date"]):
            raise MarkupError(f"{loc}: date '{s['attrs']['date']}' is not YYYY, YYYY-MM or YYYY-MM-DD")

    by_id = {}
    for s in spans:
        if "id" in s["attrs"]:
            if s["attrs"]["id"] in by_id:
                raise MarkupError(f"{where}:{s['line']}: id '{s['attrs']['id']}' used twice")
            by_id[s["attrs"]["id"]] = s

    def ref(s, name, allowed_types):
        target = by_id.get(name)
        if target is None:
            raise MarkupError(f"{where}:{s['line']}: reference to unknown id '{name}'")
        if target["type"] not in allowed_types:
            raise MarkupError(f"{where}:{s['line']}: '{name}' is a {target['type']}, expected {sorted(allowed_types)}")
        return target

    spans.sort(key=lambda s: (s["start"], -s["end"], s["type"]))
    for a_i, a in enumerate(spans):
        for b in spans[a_i + 1:]:
            if b["start"] >= a["end"]:
                break
            if a["type"] == b["type"]:
                raise MarkupError(f"{where}:{b['line']}: two {a['type']} spans overlap: '{a['text']}' and '{b['text']}'")
    for k, s in enumerate(spans, 1):
        s["tid"] = f"T{k}"

    ann = []
    for s in spans:
        ann.append(f"{s['tid']}\t{s['type']} {s['start']} {s['end']}\t{s['text']}")
    events = [s for s in spans if s["type"] in EVENT_TYPES]
    for k, e in enumerate(events, 1):
        e["eid"] = f"E{k}"
        args = [f"{e['type']}:{e['tid']}"]
        for j, p in enumerate(ids(e["attrs"].get("p", ""))):
            target = ref(e, p, {"Official", "Organization", "Place"})
            args.append(f"Participant{'' if j == 0 else j + 1}:{target['tid']}")
        if "at" in e["attrs"]:
            args.append(f"Place:{ref(e, e['attrs']['at'], {'Place'})['tid']}")
        ann.append(f"{e['eid']}\t{' '.join(args)}")
    rel = 0
    for s in spans:
        if s["type"] != "Official":
            continue
        for t in ids(s["attrs"].get("title", "")):
            rel += 1
            ann.append(f"R{rel}\tHasTitle Arg1:{s['tid']} Arg2:{ref(s, t, {'Title'})['tid']}")
        for m in ids(s["attrs"].get("member", "")):
            rel += 1
            ann.append(f"R{rel}\tMemberOf Arg1:{s['tid']} Arg2:{ref(s, m, {'Organization', 'Place'})['tid']}")
    norm = 0
    for s in spans:
        if s["type"] in ("Official", "Place"):
            norm += 1
            kind = "official" if s["type"] == "Official" else "place"
            ann.append(f"N{norm}\tReference {s['tid']} Attache:{kind}\t{s['norm']}")
    for e in events:
        if "date" in e["attrs"]:
            norm += 1
            ann.append(f"N{norm}\tReference {e['eid']} Attache:date\t{e['attrs']['date']}")
    return meta, text, "\n".join(ann) + ("\n" if ann else "")


def place_norm(s, loc):
    given = s["attrs"].get("n")
    if given is None:
        code = COUNTRY_ALIASES.get(s["text"])
        return f"{code} {COUNTRY_NAMES[code]}" if code else s["text"]
    m = re.match(r"^([A-Z]{3}) (.+)$", given)
    if m:
        if m.group(1) not in COUNTRY_NAMES:
            raise MarkupError(f"{loc}: '{m.group(1)}' is not an ISO 3166-1 alpha-3 code")
        if m.group(2) != COUNTRY_NAMES[m.group(1)]:
            raise MarkupError(f"{loc}: canonical name of {m.group(1)} is '{COUNTRY_NAMES[m.group(1)]}', not '{m.group(2)}'")
        return given
    if given in COUNTRY_ALIASES:
        code = COUNTRY_ALIASES[given]
        raise MarkupError(f"{loc}: '{given}' is a country: write n={code} {COUNTRY_NAMES[code]}")
    return given


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    src_dir, out_dir = Path(argv[1]), Path(argv[2])
    expect_dir = Path(argv[argv.index("--expect-dir") + 1]) if "--expect-dir" in argv else None
    out_dir.mkdir(parents=True, exist_ok=True)
    failures, rows = 0, []
    for src in sorted(src_dir.glob("*.src")):
        try:
            meta, text, ann = convert(src, expect_dir)
        except MarkupError as err:
            print(f"error: {err}", file=sys.stderr)
            failures += 1
            continue
        (out_dir / (src.stem + ".txt")).write_text(text, encoding="utf-8")
        (out_dir / (src.stem + ".ann")).write_text(ann, encoding="utf-8")
        rows.append((src.stem, meta))
    keys = sorted({k for _, m in rows for k in m})
    if keys:
        lines = ["\t".join(["id"] + keys)] + ["\t".join([i] + [m.get(k, "") for k in keys]) for i, m in rows]
        (out_dir / "metadata.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} converted, {failures} failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
