#!/usr/bin/env python3
"""List surviving / uncovered mutants of a Stryker JSON report with their source lines."""
import json, sys, collections
r = json.load(open(sys.argv[1]))
statuses = set(sys.argv[2].split(',')) if len(sys.argv) > 2 else {'Survived', 'NoCoverage'}
for path, f in sorted(r['files'].items()):
    lines = f['source'].split('\n')
    ms = [m for m in f['mutants'] if m['status'] in statuses]
    if not ms: continue
    print('### ' + path.split('/src/')[-1] + f'  ({len(ms)})')
    for m in sorted(ms, key=lambda m: (m['location']['start']['line'], m['location']['start']['column'])):
        l = m['location']['start']['line']
        src = lines[l - 1].strip()
        print(f"{m['status'][:4]} L{l}:{m['location']['start']['column']} [{m['mutatorName']}] -> {m['replacement'][:80]!r}   | {src[:140]}")
