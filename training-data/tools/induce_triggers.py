#!/usr/bin/env python3
"""Proposes trigger-lexicon changes from the TRAIN split's gold events (never dev, test or outside data).

A phrase annotated as an event trigger that the lexicon lacks is proposed when it is annotated at least
MIN_COUNT times, one type holds at least MIN_TYPE_SHARE of those annotations, and the share of its
occurrences in the train text that are annotated decides how: STRONG_RATIO or more -> strong (it is an
event on its own), WEAK_RATIO or more -> weak (an event where a context word of its type is near).
A strong phrase of the lexicon that occurs at least MIN_OCCURRENCES times but is annotated as its type
in less than DEMOTE_RATIO of them is proposed for demotion to weak (it needs a context word).
Exercise and document names are for a person to judge (the guidelines make a name a trigger only where it
stands alone), so the output is a review list, not a patch.

Usage: python3 training-data/tools/induce_triggers.py [TRAINING_DATA] [TRIGGERS_YAML]
"""
import collections
import csv
import glob
import os
import re
import sys

import yaml

MIN_COUNT = 3
MIN_TYPE_SHARE = 0.8
STRONG_RATIO = 0.7
WEAK_RATIO = 0.4
MIN_OCCURRENCES = 4
DEMOTE_RATIO = 0.5


def occurrences(pattern, texts):
    return [(text, m) for text, _ in texts for m in pattern.finditer(text)]


def phrase_pattern(phrase):
    return re.compile(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", re.IGNORECASE)


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "training-data"
    lexicon_file = sys.argv[2] if len(sys.argv) > 2 else "src/Attache/Knowledge/Resources/triggers.yaml"
    lexicon = set()
    entries = yaml.safe_load(open(lexicon_file, encoding="utf-8"))
    for entry in entries.values():
        for kind in ("strong", "weak"):
            lexicon.update(p.lower() for p in entry.get(kind) or [])
    with open(os.path.join(data, "splits.tsv"), encoding="utf-8") as f:
        split = {row[0]: row[1] for row in csv.reader(f, delimiter="\t")}

    annotated = collections.Counter()
    types = collections.defaultdict(collections.Counter)
    texts = []
    for ann in sorted(glob.glob(os.path.join(data, "*", "*.ann"))):
        if split.get(os.path.basename(ann)[:-4]) != "train":
            continue
        text = open(ann[:-4] + ".txt", encoding="utf-8").read()
        events = []
        texts.append((text, events))
        spans = {}
        offsets = {}
        for line in open(ann, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("T"):
                spans[fields[0]] = fields[2].lower()
                ranges = fields[1].split(" ", 1)[1].split(";")
                offsets[fields[0]] = (int(ranges[0].split()[0]), int(ranges[-1].split()[1]))
            elif line.startswith("E"):
                event_type, trigger = fields[1].split()[0].split(":")
                events.append((event_type,) + offsets[trigger])
                phrase = spans[trigger]
                if phrase not in lexicon:
                    annotated[phrase] += 1
                    types[phrase][event_type] += 1

    for phrase, count in annotated.most_common():
        event_type, of_type = types[phrase].most_common(1)[0]
        if count < MIN_COUNT or of_type / count < MIN_TYPE_SHARE:
            continue
        found = len(occurrences(phrase_pattern(phrase), texts))
        ratio = count / max(found, 1)
        kind = "strong" if ratio >= STRONG_RATIO else "weak" if ratio >= WEAK_RATIO else None
        if kind:
            print(f"{event_type}\t{kind}\t{phrase}\t{count} of {found} annotated")

    for event_type, entry in entries.items():
        for phrase in entry.get("strong") or []:
            found = occurrences(phrase_pattern(phrase), texts)
            hits = sum(1 for text, m in found
                       if any(t == event_type and s < m.end() and m.start() < e for t, s, e in dict(texts)[text]))
            if len(found) >= MIN_OCCURRENCES and hits < DEMOTE_RATIO * len(found):
                print(f"{event_type}\tdemote to weak\t{phrase}\t{hits} of {len(found)} annotated")


if __name__ == "__main__":
    main()
