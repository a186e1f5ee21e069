#!/usr/bin/env bash
# Whole-build benchmark: SiteGen against Hugo on the same generated corpus, cold builds, alternating, medians.
#
#   bash tests/SiteGen.Benchmarks/run-benchmark.sh                 # 1,000 and 10,000 pages, 5 runs each
#   bash tests/SiteGen.Benchmarks/run-benchmark.sh --pages 1000 --runs 3
#   bash tests/SiteGen.Benchmarks/run-benchmark.sh --quick         # 200 pages, 1 run, plus a dry run of the
#                                                                  # BenchmarkDotNet stage benchmarks (for CI)
#   bash tests/SiteGen.Benchmarks/run-benchmark.sh --scaling       # adds SiteGen at 1k/10k/100k pages (slow)
#   bash tests/SiteGen.Benchmarks/run-benchmark.sh --knobs         # adds runtime settings (GC, JIT, ReadyToRun...)
#
# Options:
#   --pages N     corpus size; repeat for several sizes (default: 1000 and 10000)
#   --runs K      cold builds per tool and size (default 5; 1 with --quick)
#   --quick       small N for CI: proves the pipeline works, asserts nothing about time
#   --scaling     also time SiteGen alone at 1,000, 10,000 and 100,000 pages (100k: one run; minutes and GiBs)
#   --knobs       also time SiteGen on the largest size under runtime settings, one per row
#   --no-hugo     time SiteGen only
#   --work DIR    where corpora, builds and the report go (default /tmp/sitegen-benchmark)
#   --keep        keep every build's output when done (they are removed by default)
#   --sitegen EXE time this published SiteGen executable instead of publishing one
#   --query Q     the first search query (default "sharded webh": a corpus word and a prefix)
#   --no-search   no search figures (no build without search, no Pagefind, no first-query bytes); the corpus
#                 is then generated without `search:`
#   --no-highlight  no build with `highlight: false` (no figures for highlighting's cost)
#   --no-git      no builds of the corpus inside a git repository (no figures for the git pass's cost)
#
# What it does: installs Debian's hugo and time packages when missing, publishes SiteGen as `dotnet publish -c
# Release -r linux-x64` makes it (a native executable; clang is installed when missing, and the ReadyToRun JIT
# build is timed instead when the native build fails), generates each corpus with `SiteGen.Benchmarks corpus`,
# then builds it with SiteGen and Hugo K times each, alternating which goes first, each build into a new, empty folder (Hugo with
# a new cache folder too). Nothing is deleted while builds are timed: on ext4 without a journal, creating a file
# skips every inode freed in the last 1 to 6 minutes (fs/ext4/ialloc.c, recently_deleted), so deleting the last
# build's 20,000 files and folders right before the next build added seconds of kernel time to either tool. The
# outputs are removed at the end; leftovers of an interrupted run are removed first, followed by a 6-minute wait.
# Before each build it runs `sync`, so no build waits for the disk to take the previous build's files.
# /usr/bin/time gives wall time, CPU time (user+sys) and peak RSS. It prints Markdown
# tables of the medians and the SiteGen/Hugo ratios, SiteGen's median time per stage (`build --timings`) and
# the guide's own build time (site-content/ of this repository), and writes them to WORK/report.md.
# Timings are only comparable within one run on one machine; other load on the machine skews them.
#
# Search (issue 11; search-measure/search.sh): the corpus has `search:` on; each size is also built with
# `search: false` (same corpus, site.yml's last lines swapped), so the index's cost is printed against the budgets.
# Pagefind 1.6.0 (npm, installed into WORK/node with playwright-core) indexes the output built without search;
# the bytes of a first query are measured in Debian's Chromium (installed when missing) for SiteGen's box and
# Pagefind's default UI. A SiteGen without search (a probe build writes no index) gets a corpus without `search:`.
#
# Highlighting (issue 12; highlight-measure/highlight.sh): every corpus page has a fenced code block, which SiteGen
# highlights by default; each size is also built with `highlight: false`, and the cost (wall, memory and the
# `highlight` figure of `build --timings`) is printed against the budget. Hugo's highlighting stays off.
#
# Git (issue 14; git-measure/git.sh): a copy of each corpus is committed in a repository with max(10,000, pages)
# commits (git fast-import, one page changed per commit) and built there with `git_info: false`, with git values after
# an earlier build (the .git/sitegen memo of the same commit) and with git values from scratch (no memo: the first
# build of a clone); both costs are printed against the budget. The other rows build the corpus outside any repository.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
WORK="/tmp/sitegen-benchmark"
PAGES=()
RUNS=""
QUICK=0
SCALING=0
KNOBS=0
HUGO=1
KEEP=0
SITEGEN_GIVEN=""
SEARCH=1
SEARCH_QUERY=""
HIGHLIGHT=1
GIT=1

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --pages) [[ "${2:-}" =~ ^[0-9]+$ ]] && [ "$2" -ge 2 ] || { echo "error: --pages needs a number >= 2" >&2; exit 2; }; PAGES+=("$2"); shift 2 ;;
    --runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || { echo "error: --runs needs a number >= 1" >&2; exit 2; }; RUNS="$2"; shift 2 ;;
    --quick) QUICK=1; shift ;;
    --scaling) SCALING=1; shift ;;
    --knobs) KNOBS=1; shift ;;
    --no-hugo) HUGO=0; shift ;;
    --keep) KEEP=1; shift ;;
    --no-search) SEARCH=0; shift ;;
    --no-highlight) HIGHLIGHT=0; shift ;;
    --no-git) GIT=0; shift ;;
    --query) [ -n "${2:-}" ] || { echo "error: --query needs words" >&2; exit 2; }; SEARCH_QUERY="$2"; shift 2 ;;
    --sitegen) [ -x "${2:-}" ] || { echo "error: --sitegen needs a SiteGen executable" >&2; exit 2; }; SITEGEN_GIVEN="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    --work) [ -n "${2:-}" ] || { echo "error: --work needs a folder" >&2; exit 2; }; WORK="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "error: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done
if [ "${#PAGES[@]}" -eq 0 ]; then
  if [ "$QUICK" -eq 1 ]; then PAGES=(200); else PAGES=(1000 10000); fi
fi
if [ -z "$RUNS" ]; then
  if [ "$QUICK" -eq 1 ]; then RUNS=1; else RUNS=5; fi
fi
mkdir -p "$WORK"
WORK="$(cd "$WORK" && pwd)"
REPORT="$WORK/report.md"
LOGS="$WORK/logs"
rm -rf "$LOGS"
mkdir -p "$LOGS"
OUTS="$WORK/outputs"   # one new folder per build; see the header for why nothing is deleted between builds
: >"$REPORT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { echo "== $*" >&2; }
# out: a line of the report (stdout and report.md)
out() { printf '%s\n' "$*" | tee -a "$REPORT"; }

# --- tools -------------------------------------------------------------------------------------------
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
APT_UPDATED=0
apt_install() {
  if [ "$APT_UPDATED" -eq 0 ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ "$HUGO" -eq 1 ] && ! command -v hugo >/dev/null 2>&1; then
  say "installing Debian's hugo"
  apt_install hugo
fi
if [ ! -x /usr/bin/time ]; then
  say "installing Debian's time"
  apt_install time
fi

# --- publish SiteGen and the corpus tool --------------------------------------------------------------
ARTIFACTS="$WORK/artifacts"       # keeps obj/ and bin/ of these builds out of the source tree
SITEGEN_DIR="$WORK/sitegen"          # what is timed: the native executable, as `dotnet publish` makes it
SITEGEN_R2R_DIR="$WORK/sitegen-r2r"  # --knobs only: the JIT build, with and without ReadyToRun
SITEGEN_JIT_DIR="$WORK/sitegen-jit"
TOOL_DIR="$WORK/bench-tool"
rm -rf "$SITEGEN_DIR" "$SITEGEN_R2R_DIR" "$SITEGEN_JIT_DIR" "$TOOL_DIR"
publish_r2r() { # publish_r2r DIR LOG: the JIT build with ReadyToRun code
  dotnet publish "$ROOT/src/SiteGen/SiteGen.csproj" -c Release -r linux-x64 --self-contained false -p:PublishAot=false \
    -p:PublishReadyToRun=true --artifacts-path "$ARTIFACTS/r2r" -o "$1" >"$2" 2>&1
}
if [ -n "$SITEGEN_GIVEN" ]; then
  say "timing the SiteGen given with --sitegen: $SITEGEN_GIVEN"
  BUILD_KIND="given with --sitegen ($SITEGEN_GIVEN)"
else
  say "publishing SiteGen (Release, native executable, linux-x64)"
  # Native AOT links with clang; Debian's SDK machines may lack it.
  if ! command -v clang >/dev/null 2>&1; then
    say "installing clang and zlib1g-dev (the native build links with them)"
    apt_install clang zlib1g-dev || true
  fi
  BUILD_KIND="native (Native AOT)"
  if ! dotnet publish "$ROOT/src/SiteGen/SiteGen.csproj" -c Release -r linux-x64 --artifacts-path "$ARTIFACTS" \
      -o "$SITEGEN_DIR" >"$LOGS/publish.log" 2>&1; then
    say "the native publish failed (see $LOGS/publish.log); timing the ReadyToRun JIT build instead"
    BUILD_KIND="ReadyToRun JIT build (the native publish failed: $LOGS/publish.log)"
    rm -rf "$SITEGEN_DIR"
    publish_r2r "$SITEGEN_DIR" "$LOGS/publish-r2r.log" || { cat "$LOGS/publish-r2r.log" >&2; exit 1; }
  fi
fi
if [ "$KNOBS" -eq 1 ]; then
  say "publishing SiteGen's JIT build, with and without ReadyToRun (for --knobs)"
  publish_r2r "$SITEGEN_R2R_DIR" "$LOGS/publish-r2r.log" || { cat "$LOGS/publish-r2r.log" >&2; exit 1; }
  dotnet publish "$ROOT/src/SiteGen/SiteGen.csproj" -c Release -r linux-x64 --self-contained false -p:PublishAot=false \
    -p:PublishReadyToRun=false --artifacts-path "$ARTIFACTS/jit" -o "$SITEGEN_JIT_DIR" >"$LOGS/publish-jit.log" 2>&1 \
    || { cat "$LOGS/publish-jit.log" >&2; exit 1; }
fi
say "publishing the corpus tool"
# PublishAot=false: the tool runs SiteGen's code in its own process (JIT); it does not publish SiteGen natively.
dotnet publish "$HERE/SiteGen.Benchmarks.csproj" -c Release -p:PublishAot=false --artifacts-path "$ARTIFACTS/tool" -o "$TOOL_DIR" \
  >"$LOGS/publish-tool.log" 2>&1 || { cat "$LOGS/publish-tool.log" >&2; exit 1; }

if [ -n "$SITEGEN_GIVEN" ]; then SITEGEN=("$SITEGEN_GIVEN"); elif [ -x "$SITEGEN_DIR/SiteGen" ]; then SITEGEN=("$SITEGEN_DIR/SiteGen"); else SITEGEN=(dotnet "$SITEGEN_DIR/SiteGen.dll"); fi
SITEGEN_R2R=("$SITEGEN_R2R_DIR/SiteGen")
SITEGEN_JIT=("$SITEGEN_JIT_DIR/SiteGen")
TOOL=(dotnet "$TOOL_DIR/SiteGen.Benchmarks.dll")

# --- helpers -------------------------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# fmt DIGITS VALUE
fmt() { LC_ALL=C awk -v d="$1" -v x="$2" 'BEGIN { if (x == "nan") print "n/a"; else printf "%.*f", d, x }'; }
ratio() { LC_ALL=C awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.2fx", a / b }'; }
thousands() { echo "$1" | sed -E ':a; s/^([0-9]+)([0-9]{3})/\1,\2/; ta'; }

# timed LOG RESULTS LABEL -- command...: runs the command under /usr/bin/time, appends
# "LABEL wall cpu rssMiB" to RESULTS. Exits the script when the command fails.
timed() {
  local log="$1" results="$2" label="$3"
  shift 4
  local tf="$log.time"
  sync   # the last build's files go to disk now, not while this one is timed
  if ! /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" >"$log" 2>&1; then
    echo "error: '$*' failed; its output ($log):" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
  tail -n 1 "$tf" | LC_ALL=C awk -v l="$label" '{ printf "%s %.3f %.3f %.1f\n", l, $1, $2 + $3, $4 / 1024 }' >>"$results"
}

corpus() { # corpus N -> echoes the corpus folder, generating it when missing
  local n="$1" dir="$WORK/corpus-$1" search=on flag=()
  if [ "$SEARCH_SUPPORTED" -eq 0 ]; then search=none; flag=(--no-search); fi
  if ! grep -qx "pages: $n" "$dir/.sitegen-benchmark-corpus" 2>/dev/null \
      || ! grep -qx "search: $search" "$dir/.sitegen-benchmark-corpus" 2>/dev/null; then
    say "generating a corpus of $n pages (search: $search)"
    "${TOOL[@]}" corpus --pages "$n" --out "$dir" "${flag[@]}" >&2
  fi
  # Read every source file once, untimed, so the first build of a size does not also pay for reading the corpus
  # from disk (a 100,000-page corpus read cold added 20 s to the load stage) while later builds find it cached.
  find "$dir" -type f -print0 | xargs -0 cat >/dev/null
  echo "$dir"
}

build_sitegen() { # build_sitegen CORPUS LOG RESULTS LABEL [env assignments...] [-- binary...]
  local dir="$1" log="$2" results="$3" label="$4"
  shift 4
  local envs=() bin=("${SITEGEN[@]}")
  while [ $# -gt 0 ]; do
    if [ "$1" = "--" ]; then shift; bin=("$@"); break; fi
    envs+=("$1"); shift
  done
  local out
  out="$(next_output)"
  LAST_OUTPUT="$out"
  timed "$log" "$results" "$label" -- env "${envs[@]}" "${bin[@]}" build --source "$dir/sitegen/site-content" \
    --templates "$dir/sitegen/templates" --output "$out" --timings
}

build_hugo() { # build_hugo CORPUS LOG RESULTS
  local dir="$1"
  rm -rf "$dir/hugo/resources" "$dir/hugo/.hugo_build.lock"
  local out cache
  out="$(next_output)"
  cache="$(next_output)"
  timed "$2" "$3" hugo -- hugo --quiet --source "$dir/hugo" --destination "$out" --cacheDir "$cache"
}

# next_output -> a folder path no build has used yet, under $OUTS. It runs in a $( ) subshell, where a counter
# would not survive: the next number is one more than the highest folder there, and the folder is created.
next_output() {
  local n=1
  while [ -e "$OUTS/$n" ]; do n=$((n + 1)); done
  mkdir "$OUTS/$n"
  echo "$OUTS/$n"
}

# probe_build NAME SITE_YML INDEX_MD [LIST_TEMPLATE] -> builds a one-page site into a new output folder (printed on
# stdout) with the log in $LOGS/probe-NAME.log; its exit status is the build's. The search, highlighting and git
# measurements use it to learn whether the SiteGen being timed knows their site.yml key (an older one rejects it).
probe_build() {
  local probe="$WORK/probe-$1" out list
  rm -rf "$probe"
  mkdir -p "$probe/site-content" "$probe/templates/_default"
  printf '%s' "$2" >"$probe/site-content/site.yml"
  printf '%s' "$3" >"$probe/site-content/_index.md"
  printf '<!doctype html><html><head><title>{{ page.title }}</title></head><body><main>{{ main }}</main></body></html>\n' \
    >"$probe/templates/_default/base.html"
  list="${4-}"
  [ -n "$list" ] || list=$'<h1>{{ page.title }}</h1>{{ page.content }}\n'
  printf '%s' "$list" >"$probe/templates/_default/list.html"
  cp "$probe/templates/_default/list.html" "$probe/templates/_default/page.html"
  out="$(next_output)"
  echo "$out"
  "${SITEGEN[@]}" build --source "$probe/site-content" --templates "$probe/templates" --output "$out" \
    >"$LOGS/probe-$1.log" 2>&1
}

# stage_line LOG -> "load 12.3 ms  markdown 45.6 ms ... write 7.8 ms  highlight(threads) 5 ms  scan(threads) 9 ms  write(threads) 10 ms":
# the stages of `build --timings`, then the code highlighting inside the markdown stage and the link scan, search
# text extraction and page writes inside the templates stage, each summed over its stage's worker threads (they run
# inside their stage, so they are part of its figure, not added to the sum).
stage_line() {
  local stages breakdown highlight
  stages="$(grep -E '^load [0-9.]+ ms' "$1" | tail -n 1)" || return 1
  # "templates stage, summed over its threads: link scan 34 ms, search text 370 ms, write 437 ms" ->
  # "  scan(threads) 34 ms  text(threads) 370 ms  write(threads) 437 ms" (the last word of each name)
  breakdown="$(sed -n 's/^templates stage, summed over its threads: //p' "$1" | tail -n 1 \
    | LC_ALL=C awk -F', ' '{ for (i = 1; i <= NF; i++) { n = split($i, w, " "); if (n >= 3) printf "  %s(threads) %s ms", w[n - 2], w[n - 1] } }')"
  # "markdown stage, summed over its threads: highlight 120 ms, waiting for a grammar 30 ms" ->
  # "  highlight(threads) 120 ms  hlwait(threads) 30 ms"
  highlight="$(sed -n 's/^markdown stage, summed over its threads: highlight \([0-9]*\) ms, waiting for a grammar \([0-9]*\) ms$/  highlight(threads) \1 ms  hlwait(threads) \2 ms/p' "$1" | tail -n 1)"
  echo "$stages$highlight$breakdown"
}

# stat RESULTS LABEL COLUMN -> median of a column (2 wall, 3 cpu, 4 rss) of the rows with that label
stat() { awk -v l="$2" -v c="$3" '$1 == l { print $c }' "$1" | median; }

SEARCH_SUPPORTED=0
# shellcheck source=search-measure/search.sh
source "$HERE/search-measure/search.sh"
# shellcheck source=highlight-measure/highlight.sh
source "$HERE/highlight-measure/highlight.sh"
# shellcheck source=git-measure/git.sh
source "$HERE/git-measure/git.sh"

# --- outputs of an earlier, interrupted run ---------------------------------------------------------------
if [ -d "$OUTS" ]; then
  say "removing the outputs an earlier run left in $OUTS"
  rm -rf "$OUTS"
  sync
  if [ "$QUICK" -eq 0 ]; then
    say "waiting 6 minutes so the files just deleted do not slow the timed builds (see the header of this script)"
    sleep 360
  fi
fi
mkdir -p "$OUTS"
if [ "$SEARCH" -eq 1 ]; then
  search_tools
  probe_search
fi
if [ "$HIGHLIGHT" -eq 1 ]; then probe_highlight; fi
if [ "$GIT" -eq 1 ]; then probe_git; fi

# --- header --------------------------------------------------------------------------------------------
HUGO_VERSION="$( [ "$HUGO" -eq 1 ] && hugo version 2>/dev/null | sed -E 's/^hugo v([^ +]*).*/\1/' || echo "-")"
CPU_MODEL="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
out "# SiteGen benchmark"
out ""
out "- machine: $(nproc) cores (${CPU_MODEL:-unknown CPU}), $(free -g | awk '/^Mem:/ { print $2 }') GiB; load average at start: $(cut -d ' ' -f 1-3 /proc/loadavg)"
out "- SiteGen: published Release build, $BUILD_KIND; .NET runtime $(dotnet --list-runtimes | awk '/Microsoft.NETCore.App/ { v = $2 } END { print v }')"
out "- Hugo: ${HUGO_VERSION} (Debian package; syntax highlighting off; SiteGen highlights the corpus's code blocks, and its cost is measured with \`highlight: false\` below)"
out "- cold builds (each into a new folder, Hugo with a new cache folder), $RUNS run(s) per tool and size, alternating; medians"
out ""

# --- SiteGen against Hugo ------------------------------------------------------------------------------
STAGE_ROWS=()
STAGE_NAMES=""
TABLE_ROWS=()
SEARCH_ROWS=()
COST_ROWS=()
for n in "${PAGES[@]}"; do
  dir="$(corpus "$n")"
  results="$WORK/results-$n.txt"
  stages="$WORK/stages-$n.txt"
  : >"$results"
  : >"$stages"
  search_out=""
  plain_out=""
  # Who goes first turns with each run: SiteGen, SiteGen without search (when measured), Hugo.
  tools=(sitegen)
  if [ "$SEARCH" -eq 1 ] && [ "$SEARCH_SUPPORTED" -eq 1 ]; then tools+=(nosearch); fi
  if [ "$HIGHLIGHT" -eq 1 ] && [ "$HIGHLIGHT_SUPPORTED" -eq 1 ]; then tools+=(nohighlight); fi
  git_dir=""
  if [ "$GIT" -eq 1 ] && [ "$GIT_SUPPORTED" -eq 1 ]; then tools+=(git gitcold nogit); git_dir="$(git_corpus "$dir" "$n")"; fi
  if [ "$HUGO" -eq 1 ]; then tools+=(hugo); fi
  for run in $(seq 1 "$RUNS"); do
    shift_by=$(( (run - 1) % ${#tools[@]} ))
    order=("${tools[@]:$shift_by}" "${tools[@]:0:$shift_by}")
    for tool in "${order[@]}"; do
      if [ "$tool" = sitegen ]; then
        say "$n pages: SiteGen, run $run/$RUNS"
        log="$LOGS/sitegen-$n-$run.log"
        set_search "$dir" on
        set_highlight "$dir" on
        build_sitegen "$dir" "$log" "$results" sitegen
        stage_line "$log" >>"$stages" || true
        search_out="$LAST_OUTPUT"
        if [ "$SEARCH_SUPPORTED" -eq 0 ]; then plain_out="$LAST_OUTPUT"; fi
      elif [ "$tool" = nosearch ]; then
        say "$n pages: SiteGen without search, run $run/$RUNS"
        set_search "$dir" off
        build_sitegen "$dir" "$LOGS/nosearch-$n-$run.log" "$results" nosearch
        plain_out="$LAST_OUTPUT"
        set_search "$dir" on
      elif [ "$tool" = git ] || [ "$tool" = gitcold ] || [ "$tool" = nogit ]; then
        say "$n pages: SiteGen in a git repository$(git_label "$tool"), run $run/$RUNS"
        set_git "$git_dir" "$([ "$tool" = nogit ] && echo off || echo on)"
        git_memo "$git_dir" "$tool"
        build_sitegen "$git_dir" "$LOGS/$tool-$n-$run.log" "$results" "$tool"
        set_git "$git_dir" on
      elif [ "$tool" = nohighlight ]; then
        say "$n pages: SiteGen with highlight: false, run $run/$RUNS"
        set_highlight "$dir" off
        build_sitegen "$dir" "$LOGS/nohighlight-$n-$run.log" "$results" nohighlight
        set_highlight "$dir" on
      else
        say "$n pages: Hugo, run $run/$RUNS"
        build_hugo "$dir" "$LOGS/hugo-$n-$run.log" "$results"
      fi
    done
  done
  sw="$(stat "$results" sitegen 2)"; sc="$(stat "$results" sitegen 3)"; sm="$(stat "$results" sitegen 4)"
  TABLE_ROWS+=("| $(thousands "$n") | SiteGen | $(fmt 2 "$sw") | $(fmt 2 "$sc") | $(fmt 0 "$sm") |")
  if [ "$HUGO" -eq 1 ]; then
    hw="$(stat "$results" hugo 2)"; hc="$(stat "$results" hugo 3)"; hm="$(stat "$results" hugo 4)"
    TABLE_ROWS+=("| $(thousands "$n") | Hugo $HUGO_VERSION | $(fmt 2 "$hw") | $(fmt 2 "$hc") | $(fmt 0 "$hm") |")
    TABLE_ROWS+=("| $(thousands "$n") | **SiteGen / Hugo** | **$(ratio "$sw" "$hw")** | **$(ratio "$sc" "$hc")** | **$(ratio "$sm" "$hm")** |")
  fi
  if [ "$SEARCH" -eq 1 ]; then
    search_measure "$n" "$dir" "$results" "$stages" "$search_out" "$plain_out" "${SEARCH_QUERY:-$SEARCH_QUERY_DEFAULT}"
  fi
  highlight_measure "$n" "$results" "$stages"
  if [ -n "$git_dir" ]; then git_measure "$n" "$results" "$git_dir"; fi
  # Stage medians: the line reads "load 12.3 ms  markdown 45.6 ms  ..."; take the stage names from it.
  if [ -s "$stages" ]; then
    STAGE_NAMES="$(head -n 1 "$stages" | awk '{ for (i = 1; i <= NF; i += 3) printf "%s ", $i }')"
    row="| $(thousands "$n") |"
    total=0
    for name in $STAGE_NAMES; do
      value="$(awk -v s="$name" '{ for (i = 1; i <= NF; i += 3) if ($i == s) print $(i + 1) }' "$stages" | median)"
      row="$row $(fmt 0 "$value") |"
      case "$name" in *"("*) continue ;; esac
      total="$(LC_ALL=C awk -v a="$total" -v b="$value" 'BEGIN { print a + b }')"
    done
    STAGE_ROWS+=("$row $(fmt 0 "$total") |")
  fi
done

out "## Whole build, SiteGen against Hugo"
out ""
out "| pages | tool | wall (s) | CPU user+sys (s) | peak RSS (MiB) |"
out "|---:|---|---:|---:|---:|"
for row in "${TABLE_ROWS[@]}"; do out "$row"; done
out ""
if [ "${#STAGE_ROWS[@]}" -gt 0 ]; then
  out "## SiteGen time per stage (median ms, from \`build --timings\`)"
  out ""
  header="| pages |"; rule="|---:|"
  for name in $STAGE_NAMES; do header="$header $name |"; rule="$rule---:|"; done
  out "$header sum of stages |"
  out "$rule---:|"
  for row in "${STAGE_ROWS[@]}"; do out "$row"; done
  out ""
fi
if [ "$SEARCH" -eq 1 ]; then search_report "${SEARCH_QUERY:-$SEARCH_QUERY_DEFAULT}"; fi
highlight_report
git_report

# --- the guide -----------------------------------------------------------------------------------------
GUIDE_RUNS=$(( RUNS < 5 ? 5 : RUNS ))
if [ -d "$ROOT/site-content" ] && [ -d "$ROOT/templates" ]; then
  guide="$WORK/results-guide.txt"
  : >"$guide"
  for run in $(seq 1 "$GUIDE_RUNS"); do
    say "the guide: run $run/$GUIDE_RUNS"
    guide_out="$(next_output)"
    timed "$LOGS/guide-$run.log" "$guide" guide -- "${SITEGEN[@]}" build --source "$ROOT/site-content" \
      --templates "$ROOT/templates" --output "$guide_out" --timings
  done
  pages="$(find "$guide_out" -name '*.html' | wc -l)"
  out "## The guide (site-content/ of this repository, published binary)"
  out ""
  out "| site | HTML files | runs | wall (s) | CPU user+sys (s) | peak RSS (MiB) | stages (last run) |"
  out "|---|---:|---:|---:|---:|---:|---|"
  out "| guide | $pages | $GUIDE_RUNS | $(fmt 3 "$(stat "$guide" guide 2)") | $(fmt 3 "$(stat "$guide" guide 3)") | $(fmt 0 "$(stat "$guide" guide 4)") | $(grep -E '^load [0-9.]+ ms' "$LOGS/guide-$GUIDE_RUNS.log" | tail -n 1 | sed 's/  */ /g') |"
  out ""
fi

# --- runtime settings ----------------------------------------------------------------------------------
if [ "$KNOBS" -eq 1 ]; then
  n="$(printf '%s\n' "${PAGES[@]}" | sort -n | tail -n 1)"
  dir="$(corpus "$n")"
  knobs="$WORK/results-knobs-$n.txt"
  : >"$knobs"
  # label|environment (space separated)|binary (native, r2r or jit)
  SETTINGS=(
    "published native executable (default)||native"
    "native, DOTNET_gcServer=0 (workstation GC)|DOTNET_gcServer=0|native"
    "native, DOTNET_gcConcurrent=1|DOTNET_gcConcurrent=1|native"
    "native, DOTNET_GCgen0size=0x4000000 (64 MiB)|DOTNET_GCgen0size=0x4000000|native"
    "JIT build, ReadyToRun||r2r"
    "JIT build, no ReadyToRun||jit"
    "ReadyToRun, DOTNET_TieredPGO=1|DOTNET_TieredPGO=1|r2r"
    "ReadyToRun, DOTNET_TieredCompilation=0|DOTNET_TieredCompilation=0|r2r"
    "ReadyToRun, DOTNET_TC_QuickJit=0|DOTNET_TC_QuickJit=0|r2r"
    "ReadyToRun, DOTNET_ReadyToRun=0 (no precompiled code at all)|DOTNET_ReadyToRun=0|r2r"
  )
  for run in $(seq 1 "$RUNS"); do
    for i in "${!SETTINGS[@]}"; do
      IFS='|' read -r label envs binary <<<"${SETTINGS[$i]}"
      say "$n pages, runtime settings: $label, run $run/$RUNS"
      bin=("${SITEGEN[@]}")
      if [ "$binary" = r2r ]; then bin=("${SITEGEN_R2R[@]}"); fi
      if [ "$binary" = jit ]; then bin=("${SITEGEN_JIT[@]}"); fi
      # shellcheck disable=SC2086 # envs is a list of NAME=value words
      build_sitegen "$dir" "$LOGS/knob-$i-$run.log" "$knobs" "k$i" $envs -- "${bin[@]}"
    done
  done
  base="$(stat "$knobs" k0 2)"
  out "## SiteGen runtime settings ($(thousands "$n") pages, median of $RUNS)"
  out ""
  out "| setting | wall (s) | CPU user+sys (s) | peak RSS (MiB) | wall vs default |"
  out "|---|---:|---:|---:|---:|"
  for i in "${!SETTINGS[@]}"; do
    IFS='|' read -r label _ _ <<<"${SETTINGS[$i]}"
    w="$(stat "$knobs" "k$i" 2)"
    out "| $label | $(fmt 2 "$w") | $(fmt 2 "$(stat "$knobs" "k$i" 3)") | $(fmt 0 "$(stat "$knobs" "k$i" 4)") | $(ratio "$w" "$base") |"
  done
  out ""
fi

# --- scaling -------------------------------------------------------------------------------------------
if [ "$SCALING" -eq 1 ]; then
  scaling="$WORK/results-scaling.txt"
  : >"$scaling"
  for n in 1000 10000 100000; do
    dir="$(corpus "$n")"
    runs="$RUNS"
    if [ "$n" -ge 100000 ]; then runs=1; fi   # one 100k build takes minutes
    for run in $(seq 1 "$runs"); do
      say "scaling: $n pages, SiteGen, run $run/$runs"
      build_sitegen "$dir" "$LOGS/scaling-$n-$run.log" "$scaling" "s$n"
    done
  done
  first="$(stat "$scaling" s1000 2)"
  out "## SiteGen scaling (median of $RUNS runs; 1 run at 100,000 pages)"
  out ""
  out "| pages | wall (s) | CPU user+sys (s) | peak RSS (MiB) | wall per 1,000 pages (s) | wall / (linear from 1,000) |"
  out "|---:|---:|---:|---:|---:|---:|"
  for n in 1000 10000 100000; do
    w="$(stat "$scaling" "s$n" 2)"
    per="$(LC_ALL=C awk -v w="$w" -v n="$n" 'BEGIN { print w * 1000 / n }')"
    linear="$(LC_ALL=C awk -v f="$first" -v n="$n" 'BEGIN { print f * n / 1000 }')"
    out "| $(thousands "$n") | $(fmt 2 "$w") | $(fmt 2 "$(stat "$scaling" "s$n" 3)") | $(fmt 0 "$(stat "$scaling" "s$n" 4)") | $(fmt 3 "$per") | $(ratio "$w" "$linear") |"
  done
  out ""
fi

# --- stage benchmarks, dry run (CI) --------------------------------------------------------------------
if [ "$QUICK" -eq 1 ]; then
  say "BenchmarkDotNet stage benchmarks, one dry iteration each"
  if ! (cd "$WORK" && "${TOOL[@]}" bench --job Dry --inProcess --filter '*' >"$LOGS/bench-dry.log" 2>&1); then
    tail -n 60 "$LOGS/bench-dry.log" >&2
    echo "error: the stage benchmarks failed (log: $LOGS/bench-dry.log)" >&2
    exit 1
  fi
  out "Stage benchmarks: dry run passed ($(grep -c '^| ' "$LOGS/bench-dry.log" || true) table lines; log: $LOGS/bench-dry.log)."
  out ""
fi

if [ "$KEEP" -eq 0 ]; then
  say "removing the builds' outputs ($OUTS)"
  rm -rf "$OUTS"
fi
out "Report: $REPORT; logs: $LOGS"
