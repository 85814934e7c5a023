#!/usr/bin/env bash
# Fuzz the library's parsers.
#
#   fuzz/run.sh [SECONDS] [TARGET]       in-process mutation loop, needs only the .NET SDK (CI smoke: ~50 s in all,
#                                        split evenly between the targets, i.e. the corpus folders)
#   FUZZ_ENGINE=libfuzzer fuzz/run.sh [SECONDS] [TARGET]
#                                        coverage-guided libFuzzer through SharpFuzz (hours; see docs/testing.md).
#                                        Needs clang with libFuzzer's runtime (clang, or /usr/lib/llvm-*/bin/clang;
#                                        on Debian/Ubuntu clang and libclang-rt-NN-dev, installed with apt-get when
#                                        running as root) and the
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
  clang=$(command -v clang || ls /usr/lib/llvm-*/bin/clang 2>/dev/null | tail -1 || true)
  if [ -z "$clang" ] && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq clang >/dev/null
    clang=$(command -v clang)
  fi
  mkdir -p artifacts/fuzz
  if ! "$clang" -fsanitize=fuzzer "$LIBFUZZER_DOTNET_SRC" -o artifacts/fuzz/libfuzzer-dotnet; then
    # Debian/Ubuntu ship libFuzzer's runtime separately from clang.
    [ "$(id -u)" = 0 ] || { echo "fuzz: $clang has no libFuzzer runtime (install libclang-rt-NN-dev)" >&2; exit 1; }
    version=$("$clang" --version | sed -nE 's/.*clang version ([0-9]+).*/\1/p' | head -1)
    apt-get update -qq && apt-get install -y -qq "libclang-rt-$version-dev" >/dev/null
    "$clang" -fsanitize=fuzzer "$LIBFUZZER_DOTNET_SRC" -o artifacts/fuzz/libfuzzer-dotnet
  fi
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
  max_len=$(dotnet "$out/Kyoto.Accounting.Fuzz.dll" "$t" maxlen)
  KYOTO_FUZZ_TARGET=$t "$driver" -timeout=10 -max_len="$max_len" -max_total_time="$per" -seed="$seed" -print_final_stats=1 \
    -dict="artifacts/fuzz/$t.dict" -artifact_prefix=artifacts/fuzz/ \
    --target_path=dotnet --target_arg="$out/Kyoto.Accounting.Fuzz.dll" "$work"
done
