#!/usr/bin/env bash
# Coverage-guided fuzzing of one SiteGen target with AFL++ through SharpFuzz (Linux only; not part of CI).
# Needs: Debian's afl++ (apt-get install afl++) and the SharpFuzz.CommandLine 2.3.0 dotnet tool
# (installed here into TestResults/fuzz-afl/tool when missing).
# Usage: bash tests/SiteGen.Fuzz/afl.sh TARGET [MINUTES]      TARGET: yaml, front-matter, markdown or links
# Crashes land in TestResults/fuzz-afl/TARGET/out/default/crashes; replay one with
#   dotnet TestResults/fuzz-afl/build/SiteGen.Fuzz.dll repro TARGET FILE
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
TARGET="${1:?usage: afl.sh TARGET [MINUTES]}"
MINUTES="${2:-60}"
WORK="$(pwd)/TestResults/fuzz-afl"
mkdir -p "$WORK"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 2; }
if [ ! -x "$WORK/tool/sharpfuzz" ]; then
  dotnet tool install --tool-path "$WORK/tool" SharpFuzz.CommandLine --version 2.3.0
fi
# An uninstrumented build (to replay crashes) and an instrumented copy of it (SiteGen and the parsers it calls).
dotnet build tests/SiteGen.Fuzz -c Release -o "$WORK/build"
rm -rf "$WORK/app" && cp -r "$WORK/build" "$WORK/app"
for dll in SiteGen.dll YamlDotNet.dll Markdig.dll; do
  "$WORK/tool/sharpfuzz" "$WORK/app/$dll"
done
rm -rf "$WORK/$TARGET/in"
dotnet "$WORK/build/SiteGen.Fuzz.dll" corpus "$TARGET" "$WORK/$TARGET/in"
# dotnet itself is not instrumented (AFL_SKIP_BIN_CHECK); -t: the first runs pay for the JIT.
AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  afl-fuzz -V "$((MINUTES * 60))" -i "$WORK/$TARGET/in" -o "$WORK/$TARGET/out" -m none -t 10000 \
  -- dotnet "$WORK/app/SiteGen.Fuzz.dll" afl "$TARGET" || true
grep -E "execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs" "$WORK/$TARGET/out/default/fuzzer_stats" || true
