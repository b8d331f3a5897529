#!/usr/bin/env python3
"""Precision and recall of contested-claim links against the expected pairs of a link-pair set.

Usage: score_links.py EXPECTED.jsonl LINKS.jsonl
EXPECTED.jsonl: {"claim": article id, "counterclaim": article id} per line, the links that must exist.
LINKS.jsonl: the output of `claimwatch analyze --links`. A found link counts once per article pair;
a link between articles not listed as a pair is a false positive.
"""
import json
import sys

expected = {(o["claim"], o["counterclaim"]) for o in map(json.loads, open(sys.argv[1])) if o}
found = {(o["claim"]["article_id"], o["counterclaim"]["article_id"]) for o in map(json.loads, open(sys.argv[2])) if o}
tp = len(expected & found)
fp = len(found - expected)
fn = len(expected - found)
p = tp / (tp + fp) if tp + fp else 0.0
r = tp / (tp + fn) if tp + fn else 0.0
print(json.dumps({"precision": round(p, 3), "recall": round(r, 3), "tp": tp, "fp": fp, "fn": fn,
                  "missed": sorted(expected - found), "wrong": sorted(found - expected)}))
