#!/usr/bin/env bash
# Fuzz the library's parsers.
#
#   fuzz/run.sh [SECONDS] [TARGET]       in-process mutation loop, needs only the .NET SDK (CI smoke: ~50 s in all)
#   FUZZ_ENGINE=libfuzzer fuzz/run.sh [SECONDS] [TARGET]
#                                        coverage-guided libFuzzer through SharpFuzz (hours; see docs/testing.md).
#                                        Needs clang (installed with apt-get when running as root) and the
#                                        libfuzzer-dotnet driver: LIBFUZZER_DOTNET=path/to/binary, or
#                                        LIBFUZZER_DOTNET_SRC=path/to/libfuzzer-dotnet.cc to compile it. Without a
#                                        driver it says so and falls back to the in-process loop.
# Env: FUZZ_SEED (default: the date, so each day explores new inputs; printed for replay).
# A broken oracle leaves the input in artifacts/fuzz/ and exits non-zero; replay with
#   dotnet fuzz/Kyoto.Accounting.Fuzz/bin/Release/net10.0/Kyoto.Accounting.Fuzz.dll TARGET run FILE
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-50}
only=${2:-}
project=fuzz/Kyoto.Accounting.Fuzz
dll=$project/bin/Release/net10.0/Kyoto.Accounting.Fuzz.dll
seed=${FUZZ_SEED:-$(date -u +%Y%m%d)}

dotnet build "$project" -c Release --nologo -v quiet >/dev/null
targets=$(cd "$project/corpus" && ls)
[ -n "$only" ] && targets=$only
count=$(echo "$targets" | wc -w)
per=$(( seconds / count )); [ "$per" -lt 1 ] && per=1

in_process() {
  for t in $targets; do
    dotnet "$dll" "$t" smoke "$per" "$project/corpus/$t" "$seed"
  done
}

if [ "${FUZZ_ENGINE:-inprocess}" != "libfuzzer" ]; then
  in_process
  exit 0
fi

driver=${LIBFUZZER_DOTNET:-}
if [ -z "$driver" ] && [ -n "${LIBFUZZER_DOTNET_SRC:-}" ]; then
  if ! command -v clang >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq clang >/dev/null
  fi
  mkdir -p artifacts/fuzz
  clang -fsanitize=fuzzer "$LIBFUZZER_DOTNET_SRC" -o artifacts/fuzz/libfuzzer-dotnet
  driver=artifacts/fuzz/libfuzzer-dotnet
fi
if [ -z "$driver" ]; then
  echo "fuzz: no libfuzzer-dotnet driver (set LIBFUZZER_DOTNET or LIBFUZZER_DOTNET_SRC); using the in-process loop" >&2
  in_process
  exit 0
fi

# Instrument the library (not the harness, SharpFuzz or the framework) in a published copy.
out=artifacts/fuzz/publish
rm -rf "$out"
dotnet publish "$project" -c Release -o "$out" --nologo -v quiet >/dev/null
dotnet tool update --tool-path artifacts/fuzz/tools SharpFuzz.CommandLine --version 2.3.0 >/dev/null
artifacts/fuzz/tools/sharpfuzz "$out/Kyoto.Accounting.dll"
for t in $targets; do
  work=artifacts/fuzz/corpus-$t
  mkdir -p "$work"
  cp -n "$project/corpus/$t"/* "$work/" 2>/dev/null || true
  dotnet "$out/Kyoto.Accounting.Fuzz.dll" "$t" dict > "artifacts/fuzz/$t.dict"
  KYOTO_FUZZ_TARGET=$t "$driver" -timeout=10 -max_len=4096 -max_total_time="$per" -seed="$seed" -print_final_stats=1 \
    -dict="artifacts/fuzz/$t.dict" -artifact_prefix=artifacts/fuzz/ \
    --target_path=dotnet --target_arg="$out/Kyoto.Accounting.Fuzz.dll" "$work"
done
