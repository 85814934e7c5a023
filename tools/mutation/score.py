#!/usr/bin/env python3
"""Mutation score per file and per namespace folder from Stryker.NET JSON reports.

    score.py BEFORE.json [AFTER.json ...]

BEFORE is a full run. Each AFTER report is a run over the same source with only new tests as the filter, usually
restricted to the lines of the mutants BEFORE left undetected (see spans.py). A mutant counts as detected after if
BEFORE or any AFTER report has it Killed or Timeout; mutants are matched by file, location, mutator and replacement.
Score = (killed + timeout) / (killed + timeout + survived + no coverage), as Stryker computes it.
"""
import collections
import json
import sys


def load(path):
    report = json.load(open(path))
    out = {}
    for name, f in report['files'].items():
        for m in f['mutants']:
            loc = m['location']
            key = (name.split('/src/')[-1], loc['start']['line'], loc['start']['column'], loc['end']['line'],
                   loc['end']['column'], m['mutatorName'], m['replacement'])
            out[key] = m['status']
    return out


DETECTED = ('Killed', 'Timeout')
COUNTED = DETECTED + ('Survived', 'NoCoverage')

before = load(sys.argv[1])
extra = [load(p) for p in sys.argv[2:]]
files = collections.defaultdict(collections.Counter)
for key, status in before.items():
    if status not in COUNTED:
        continue
    after = status in DETECTED or any(e.get(key) in DETECTED for e in extra)
    c = files[key[0]]
    c['mutants'] += 1
    c[status] += 1
    c['before'] += status in DETECTED
    c['after'] += after


def row(name, c):
    print(f"{name:62} {c['mutants']:7} {c['Killed'] + c['Timeout']:7} {c['Survived']:6} {c['NoCoverage']:6}"
          f" {100 * c['before'] / c['mutants']:6.1f}% {100 * c['after'] / c['mutants']:6.1f}%")


print(f"{'file':62} {'mutants':>7} {'killed':>7} {'surv.':>6} {'nocov':>6} {'before':>7} {'after':>7}")
namespaces = collections.defaultdict(collections.Counter)
for name in sorted(files):
    row(name, files[name])
    namespaces[name.split('/')[1]] += files[name]
print()
for name in sorted(namespaces):
    row('namespace ' + name, namespaces[name])
row('TOTAL', sum(namespaces.values(), collections.Counter()))
