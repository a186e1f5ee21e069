# Search figures for run-benchmark.sh (sourced by it; uses its helpers: say, out, timed, next_output, median, fmt,
# ratio, thousands, stat, apt_install, and its variables WORK, LOGS, RUNS, HERE, SITEGEN).
#
# SiteGen: the corpus has `search:` on in site.yml; the same corpus is also built with `search: false` so the cost
# of the index shows (wall, CPU, peak RSS, and the "search" stage of `build --timings`). Pagefind (npm `pagefind`
# 1.6.0) indexes SiteGen's output of the corpus built WITHOUT search (the site as it is without any index; Pagefind
# reads HTML files only, so the box's markup is all that differs). First-query bytes are measured the same way for
# both, in Debian's Chromium through playwright-core (search-browser.mjs): SiteGen's box on the home page, and
# Pagefind's default UI (pagefind-ui.js/css, `new PagefindUI({ element: "#search" })`) on a page generated in a
# separate folder served beside the output. Sizes are gzip-equivalent: zlib level 6, each file on its own.
# SiteGen's first query counts search.js, search.css, meta.json, the word chunks, the URL files and (index v3) the
# result pages' HTML the box fetches for headings and excerpts; the report prints it per part.

SEARCH_QUERY_DEFAULT="sharded webh"   # a corpus adjective (Vocabulary.Adjectives) and a prefix of "webhook"
PAGEFIND_VERSION="1.6.0"
PLAYWRIGHT_VERSION="1.65.1"
NODE_DIR="$WORK/node"
CHROMIUM=/usr/bin/chromium
SEARCH_SUPPORTED=0   # the SiteGen being timed writes search-index/ (probe_search)
PAGEFIND_OK=0
BROWSER_OK=0
PART_ROWS=()   # SiteGen's first query per part, one row per corpus size

# search_tools: node and npm, Chromium (Debian packages), pagefind and playwright-core (npm, into WORK/node).
# Whatever cannot be installed is said, and the figures that need it are printed as n/a.
search_tools() {
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    say "installing Debian's nodejs and npm (for Pagefind and the first-query measurement)"
    apt_install nodejs npm || say "could not install nodejs/npm: no Pagefind and no first-query figures"
  fi
  if [ ! -x "$CHROMIUM" ]; then
    say "installing Debian's chromium (for the first-query measurement)"
    apt_install chromium || say "could not install chromium: first-query bytes of SiteGen are estimated from the files"
  fi
  command -v npm >/dev/null 2>&1 || return 0
  mkdir -p "$NODE_DIR"
  local have_pf have_pw
  have_pf="$(node -p 'require("'"$NODE_DIR"'/node_modules/pagefind/package.json").version' 2>/dev/null || true)"
  have_pw="$(node -p 'require("'"$NODE_DIR"'/node_modules/playwright-core/package.json").version' 2>/dev/null || true)"
  if [ "$have_pf" != "$PAGEFIND_VERSION" ] || [ "$have_pw" != "$PLAYWRIGHT_VERSION" ]; then
    say "installing pagefind@$PAGEFIND_VERSION and playwright-core@$PLAYWRIGHT_VERSION with npm into $NODE_DIR"
    # playwright-core never downloads a browser; the variable says so to any of its scripts too.
    (cd "$NODE_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-save --no-audit --no-fund \
      "pagefind@$PAGEFIND_VERSION" "playwright-core@$PLAYWRIGHT_VERSION" >"$LOGS/npm-install.log" 2>&1) \
      || say "npm install failed (see $LOGS/npm-install.log)"
  fi
  cp "$HERE/search-measure/search-files.mjs" "$HERE/search-measure/search-browser.mjs" "$NODE_DIR/"
  if "$NODE_DIR/node_modules/.bin/pagefind" --version >"$LOGS/pagefind-version.log" 2>&1; then
    PAGEFIND_OK=1
  else
    say "Pagefind is not usable (see $LOGS/npm-install.log, $LOGS/pagefind-version.log); its rows say n/a"
  fi
  if [ -x "$CHROMIUM" ] && [ -d "$NODE_DIR/node_modules/playwright-core" ]; then BROWSER_OK=1; fi
}

# probe_search: builds a one-page site with `search:` on; SiteGen supports search when it writes meta.json.
probe_search() {
  local out
  if out="$(probe_build search $'title: probe\nbase_url: https://example.org/\nsearch:\n  results: 8\n' \
      $'---\ntitle: Probe\n---\nA probe page.\n' \
      $'<h1>{{ page.title }}</h1>{{ page.content }}{{ if site.search.enabled }}on{{ end }}\n')" \
      && [ -f "$out/search-index/meta.json" ]; then
    SEARCH_SUPPORTED=1
  else
    say "this SiteGen has no search (a probe build wrote no search-index/meta.json; $LOGS/probe-search.log):"
    say "the corpus is generated without search:, and only Pagefind's side of the search figures is measured"
  fi
}

# set_search CORPUS on|off: the last lines of the corpus's site.yml (CorpusWriter.SearchOn / SearchOff).
set_search() {
  [ "$SEARCH_SUPPORTED" -eq 1 ] || return 0
  local yml="$1/sitegen/site-content/site.yml"
  awk '/^search:/ { exit } { print }' "$yml" >"$yml.tmp"
  if [ "$2" = on ]; then printf 'search:\n  results: 8\n' >>"$yml.tmp"; else printf 'search: false\n' >>"$yml.tmp"; fi
  mv "$yml.tmp" "$yml"
}

# json FILE KEY -> a number from a one-line JSON object ("n/a" when absent)
json() { node -e 'try { const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))[process.argv[2]]; console.log(v === undefined ? "nan" : v) } catch { console.log("nan") }' "$1" "$2" 2>/dev/null || echo nan; }

# kb BYTES -> "12,345 B (12.1 KiB)"
kb() { if [ "$1" = nan ]; then echo "n/a"; else echo "$(thousands "$1") ($(LC_ALL=C awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'))"; fi; }

# within VALUE LIMIT -> "within" or "**over**"
within() { LC_ALL=C awk -v v="$1" -v l="$2" 'BEGIN { if (v == "nan") print "n/a"; else if (v + 0 <= l + 0) print "within"; else print "**over**" }'; }

# difference DIGITS A B -> A - B with its sign ("+0.31", "-2")
difference() { LC_ALL=C awk -v d="$1" -v a="$2" -v b="$3" 'BEGIN { if (a == "nan" || b == "nan") print "n/a"; else printf "%+.*f", d, a - b }'; }

# percent A B -> "+12.3%" (A against B)
percent() { LC_ALL=C awk -v a="$1" -v b="$2" 'BEGIN { if (a == "nan" || b == "nan" || b + 0 == 0) print "nan"; else printf "%+.1f", (a / b - 1) * 100 }'; }

# search_measure N CORPUS RESULTS STAGES SEARCH_OUT PLAIN_OUT QUERY: Pagefind runs, sizes and first queries for
# one corpus size; appends rows to SEARCH_ROWS and COST_ROWS.
search_measure() {
  local n="$1" dir="$2" results="$3" stages="$4" search_out="$5" plain_out="$6" query="$7"
  local m="$WORK/search-$n"
  mkdir -p "$m"
  # Pagefind on SiteGen's output without search, RUNS times, each into a new folder.
  local pf_out=""
  if [ "$PAGEFIND_OK" -eq 1 ] && [ -n "$plain_out" ]; then
    for run in $(seq 1 "$RUNS"); do
      say "$n pages: Pagefind $PAGEFIND_VERSION, run $run/$RUNS"
      pf_out="$(next_output)"
      (timed "$LOGS/pagefind-$n-$run.log" "$results" pagefind -- "$NODE_DIR/node_modules/.bin/pagefind" \
        --site "$plain_out" --output-path "$pf_out") || { say "Pagefind failed (see $LOGS/pagefind-$n-$run.log)"; pf_out=""; break; }
    done
  fi
  # Sizes.
  local sg_index="$search_out/search-index"
  if [ "$SEARCH_SUPPORTED" -eq 1 ] && [ -d "$sg_index" ]; then
    node "$NODE_DIR/search-files.mjs" size "$sg_index" >"$m/sitegen-size.json" || true
    node "$NODE_DIR/search-files.mjs" gzip "$sg_index/search.js" "$sg_index/search.css" >"$m/sitegen-ui.json" 2>/dev/null || true
    node "$NODE_DIR/search-files.mjs" estimate "$sg_index" "$query" >"$m/sitegen-estimate.json" 2>"$m/sitegen-estimate.err" || true
  fi
  if [ -n "$pf_out" ]; then
    node "$NODE_DIR/search-files.mjs" size "$pf_out" >"$m/pagefind-size.json" || true
    node "$NODE_DIR/search-files.mjs" gzip "$pf_out/pagefind-ui.js" "$pf_out/pagefind-ui.css" >"$m/pagefind-ui.json" || true
  fi
  # First query in Chromium.
  local sg_query="$m/sitegen-estimate.json" sg_how="estimated from the files (search-files.mjs estimate)"
  if [ "$BROWSER_OK" -eq 1 ] && [ -f "$m/sitegen-size.json" ] && grep -q 'data-search-index' "$search_out/index.html"; then
    say "$n pages: SiteGen's first query in Chromium"
    if node "$NODE_DIR/search-browser.mjs" --site "$search_out" --page / --input 'form[role=search] input' \
        --results '[role=option]' --count /search-index/ --after-load / --query "$query" >"$m/sitegen-browser.json" 2>"$LOGS/browser-sitegen-$n.log"; then
      sg_query="$m/sitegen-browser.json"; sg_how="Chromium"
    else
      say "SiteGen's first query in Chromium failed (see $LOGS/browser-sitegen-$n.log); using the estimate"
    fi
  fi
  local pf_query="" pf_how="n/a"
  if [ "$BROWSER_OK" -eq 1 ] && [ -n "$pf_out" ]; then
    say "$n pages: Pagefind's first query in Chromium"
    mkdir -p "$m/pagefind-page"
    cat >"$m/pagefind-page/index.html" <<'HTML'
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Search</title>
<link rel="stylesheet" href="/pagefind/pagefind-ui.css">
<script src="/pagefind/pagefind-ui.js"></script>
</head>
<body><div id="search"></div>
<script>window.addEventListener("DOMContentLoaded", () => { new PagefindUI({ element: "#search" }); });</script>
</body></html>
HTML
    if node "$NODE_DIR/search-browser.mjs" --site "$plain_out" --mount "/pagefind/=$pf_out" \
        --mount "/pagefind-search/=$m/pagefind-page" --page /pagefind-search/ --input '.pagefind-ui__search-input' \
        --results '.pagefind-ui__result' --count /pagefind/ --query "$query" >"$m/pagefind-browser.json" 2>"$LOGS/browser-pagefind-$n.log"; then
      pf_query="$m/pagefind-browser.json"; pf_how="Chromium, default UI"
    else
      say "Pagefind's first query in Chromium failed (see $LOGS/browser-pagefind-$n.log)"
    fi
  fi

  if [ "$SEARCH_SUPPORTED" -eq 1 ] && [ -s "$sg_query" ]; then
    PART_ROWS+=("| $(thousands "$n") | $(node "$NODE_DIR/search-files.mjs" parts "$sg_query" 2>/dev/null || echo n/a) |")
  fi

  # SiteGen with and without search.
  local sw sm sc nw nm nc stage
  sw="$(stat "$results" sitegen 2)"; sc="$(stat "$results" sitegen 3)"; sm="$(stat "$results" sitegen 4)"
  nw="$(stat "$results" nosearch 2)"; nc="$(stat "$results" nosearch 3)"; nm="$(stat "$results" nosearch 4)"
  stage="$(awk '{ for (i = 1; i <= NF; i += 3) if ($i == "search") print $(i + 1) }' "$stages" | median)"
  if [ "$SEARCH_SUPPORTED" -eq 1 ]; then
    COST_ROWS+=("| $(thousands "$n") | without search | $(fmt 2 "$nw") | $(fmt 2 "$nc") | $(fmt 0 "$nm") | |")
    COST_ROWS+=("| $(thousands "$n") | with search | $(fmt 2 "$sw") | $(fmt 2 "$sc") | $(fmt 0 "$sm") | $(fmt 0 "$stage") |")
    local dw dm
    dw="$(percent "$sw" "$nw")"; dm="$(percent "$sm" "$nm")"
    COST_ROWS+=("| $(thousands "$n") | **with / without** | **${dw}%** ($(within "$dw" 10)) | $(percent "$sc" "$nc")% | **${dm}%** ($(within "$dm" 10)) | |")
  fi
  # The comparison table.
  local sg_q sg_ui pf_q pf_ui
  sg_q="$(json "$sg_query" gzip)"; sg_ui="$(json "$m/sitegen-ui.json" gzip)"
  if [ "$SEARCH_SUPPORTED" -eq 1 ]; then
    SEARCH_ROWS+=("| $(thousands "$n") | SiteGen (in the build) | $(fmt 2 "$(LC_ALL=C awk -v s="$stage" 'BEGIN { print (s == "nan") ? "nan" : s / 1000 }')") s (search stage); $(difference 2 "$sw" "$nw") s wall | $(difference 0 "$sm" "$nm") (build peak $(fmt 0 "$sm")) | $(json "$m/sitegen-size.json" files) | $(kb "$(json "$m/sitegen-size.json" bytes)") | $(kb "$(json "$m/sitegen-size.json" gzip)") | $(kb "$sg_q") ($(json "$sg_query" requests) requests, $(json "$sg_query" results) results; $sg_how) $(within "$sg_q" 102400) | $(kb "$sg_ui") $(within "$sg_ui" 12288) |")
  else
    SEARCH_ROWS+=("| $(thousands "$n") | SiteGen | n/a (this SiteGen has no search) | | | | | | |")
  fi
  if [ -n "$pf_out" ]; then
    pf_q="$(json "$pf_query" gzip)"; pf_ui="$(json "$m/pagefind-ui.json" gzip)"
    SEARCH_ROWS+=("| $(thousands "$n") | Pagefind $PAGEFIND_VERSION (separate run) | $(fmt 2 "$(stat "$results" pagefind 2)") s wall | $(fmt 0 "$(stat "$results" pagefind 4)") | $(json "$m/pagefind-size.json" files) | $(kb "$(json "$m/pagefind-size.json" bytes)") | $(kb "$(json "$m/pagefind-size.json" gzip)") | $(kb "$pf_q") ($(json "$pf_query" requests) requests, $(json "$pf_query" results) results; $pf_how) | $(kb "$pf_ui") (pagefind-ui.js + .css) |")
  else
    SEARCH_ROWS+=("| $(thousands "$n") | Pagefind $PAGEFIND_VERSION | n/a (not installed or failed; see the log) | | | | | | |")
  fi
}

# search_report QUERY: the tables, after the main comparison.
search_report() {
  out "## Search index: SiteGen vs Pagefind"
  out ""
  out "Query \`$1\` typed into the box in one step; first-query bytes = every response of the search files (SiteGen: \`/search-index/\`, incl. search.js and search.css, plus the result pages' HTML the box fetches for excerpts; Pagefind: \`/pagefind/\`, incl. its UI, worker and WebAssembly) from page load until the results show, in headless Chromium. gzip = zlib level 6 per file (Pagefind's files are gzip already and count as they are). Pagefind indexes SiteGen's output of the same corpus built without search. Medians of $RUNS run(s)."
  out ""
  out "| pages | tool | index time | peak memory (MiB) | index files | index size (bytes) | index size gzip (bytes) | first query gzip (bytes) | UI JS+CSS gzip (bytes) |"
  out "|---:|---|---:|---:|---:|---:|---:|---|---|"
  for row in "${SEARCH_ROWS[@]}"; do out "$row"; done
  out ""
  if [ "${#PART_ROWS[@]}" -gt 0 ]; then
    out "SiteGen's first query by part, gzip (index v3: no fragment files; the box fetches each result's page, which the reader opens next, for its heading and excerpt):"
    out ""
    out "| pages | parts of the first query (gzip) |"
    out "|---:|---|"
    for row in "${PART_ROWS[@]}"; do out "$row"; done
    out ""
  fi
  if [ "${#COST_ROWS[@]}" -gt 0 ]; then
    out "## Cost of the index in SiteGen's build (same corpus, \`search: false\` against \`search:\` on)"
    out ""
    out "| pages | build | wall (s) | CPU user+sys (s) | peak RSS (MiB) | search stage (ms) |"
    out "|---:|---|---:|---:|---:|---:|"
    for row in "${COST_ROWS[@]}"; do out "$row"; done
    out ""
  fi
  out "Budgets (issue 11, at 10,000 pages): the index adds <= 10% to wall time and <= 10% to peak memory; the first query downloads <= 100 KB gzip (102,400 B) including script and stylesheet; search.js + search.css <= 12 KB gzip (12,288 B). \"within\"/\"over\" above compare each size's figure with these limits."
  out ""
}
