#!/usr/bin/env python3
"""Print --mutate arguments that restrict Stryker.NET to the lines of the mutants a report left undetected
(survived or not covered), as character spans: `--mutate '**/Folder/File.cs{start..end}...'`."""
import json
import sys
r = json.load(open(sys.argv[1]))
for path, f in sorted(r['files'].items()):
    ms = [m for m in f['mutants'] if m['status'] in ('Survived', 'NoCoverage')]
    if not ms: continue
    src = f["source"]
    starts = [0]
    for line in src.split('\n'):
        starts.append(starts[-1] + len(line) + 1)
    spans = set()
    for m in ms:
        a = starts[m['location']['start']['line'] - 1]
        b = starts[m['location']['end']['line']] - 1
        spans.add((a, b))
    rel = '**/' + path.split('/src/')[-1].split('/', 1)[1]
    print('--mutate', "'" + rel + ''.join('{%d..%d}' % s for s in sorted(spans)) + "'")
