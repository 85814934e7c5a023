#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to
# PublicAPI.Unshipped.txt of each packable project, removes those reported as gone (RS0017), then sorts it.
# Run after changing public API; review the diff.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp)
for proj in src/Kyoto.Accounting src/Kyoto.Accounting.Arrow src/Kyoto.Accounting.Testing; do
  file="$proj/PublicAPI.Unshipped.txt"
  out=$(dotnet build "$proj" -c Release --no-incremental 2>&1 || true)
  echo "$out" | grep -o "RS0016: Symbol '[^']*'" | sed "s/^RS0016: Symbol '//; s/'$//" | sort -u > "$tmp" || true
  echo "$out" | grep -o "RS0017: Symbol '[^']*'" | sed "s/^RS0017: Symbol '//; s/'$//" | sort -u > "$tmp.gone" || true
  echo "$(wc -l < "$tmp") new, $(wc -l < "$tmp.gone") removed symbol(s) for $file"
  { tail -n +2 "$file"; cat "$tmp"; } | sed '/^$/d' | grep -vxF -f "$tmp.gone" | sort -u > "$tmp.api" || true
  { echo "#nullable enable"; cat "$tmp.api"; } > "$file"
done
