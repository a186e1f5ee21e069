# shellcheck shell=bash
# Highlighting's cost (issue 12), sourced by run-benchmark.sh after search-measure/search.sh (it uses its helpers
# percent, within, fmt). Every corpus page has a fenced code block in one of six languages; each size is also built
# with `highlight: false` (a line put first in the corpus's site.yml, so set_search, which rewrites the lines from
# `search:` on, keeps it), and the difference is printed against the budget.

HIGHLIGHT_SUPPORTED=0
HIGHLIGHT_ROWS=()

# probe_highlight: does this SiteGen know `highlight:`? (one that predates it rejects the key)
probe_highlight() {
  if probe_build highlight $'highlight: false\ntitle: probe\nbase_url: https://example.org/\n' \
      $'---\ntitle: Probe\n---\n```csharp\nvar x = 1;\n```\n' >/dev/null; then
    HIGHLIGHT_SUPPORTED=1
  else
    say "this SiteGen does not know 'highlight:' ($LOGS/probe-highlight.log): no build without highlighting"
  fi
}

# set_highlight CORPUS on|off: on removes the `highlight:` line of the corpus's site.yml, off puts `highlight: false` first.
set_highlight() {
  [ "$HIGHLIGHT_SUPPORTED" -eq 1 ] || return 0
  local yml="$1/sitegen/site-content/site.yml"
  grep -v '^highlight:' "$yml" >"$yml.tmp" || true
  if [ "$2" = off ]; then { printf 'highlight: false\n'; cat "$yml.tmp"; } >"$yml"; rm -f "$yml.tmp"; else mv "$yml.tmp" "$yml"; fi
}

# highlight_measure N RESULTS STAGES: rows of the cost table for one corpus size (builds labelled sitegen and nohighlight).
highlight_measure() {
  local n="$1" results="$2" stages="$3"
  [ "$HIGHLIGHT_SUPPORTED" -eq 1 ] || return 0
  local sw sc sm hw hc hm figure wait dw dm
  sw="$(stat "$results" sitegen 2)"; sc="$(stat "$results" sitegen 3)"; sm="$(stat "$results" sitegen 4)"
  hw="$(stat "$results" nohighlight 2)"; hc="$(stat "$results" nohighlight 3)"; hm="$(stat "$results" nohighlight 4)"
  # "highlight(threads) 123 ms" in the stage line: the highlight figure of `build --timings`, summed over threads.
  figure="$(awk '{ for (i = 1; i <= NF; i += 3) if ($i == "highlight(threads)") print $(i + 1) }' "$stages" | median)"
  wait="$(awk '{ for (i = 1; i <= NF; i += 3) if ($i == "hlwait(threads)") print $(i + 1) }' "$stages" | median)"
  dw="$(percent "$sw" "$hw")"; dm="$(percent "$sm" "$hm")"
  HIGHLIGHT_ROWS+=("| $(thousands "$n") | \`highlight: false\` | $(fmt 2 "$hw") | $(fmt 2 "$hc") | $(fmt 0 "$hm") | | |")
  HIGHLIGHT_ROWS+=("| $(thousands "$n") | highlighting on (default) | $(fmt 2 "$sw") | $(fmt 2 "$sc") | $(fmt 0 "$sm") | $(fmt 0 "$figure") | $(fmt 0 "$wait") |")
  HIGHLIGHT_ROWS+=("| $(thousands "$n") | **on / off** | **${dw}%** ($(within "$dw" 15)) | $(percent "$sc" "$hc")% | **${dm}%** ($(within "$dm" 15)) | | |")
}

highlight_report() {
  [ "${#HIGHLIGHT_ROWS[@]}" -gt 0 ] || return 0
  out "## Cost of highlighting in SiteGen's build (same corpus, \`highlight: false\` against the default)"
  out ""
  out "Every corpus page has one fenced block (csharp, go, python, sql, yaml or sh). The highlight columns are \`build --timings\`' figures, summed over the Markdown stage's threads (median ms): the work, and the time a thread waited while another used a grammar (grammars tokenise one line at a time)."
  out ""
  out "| pages | build | wall (s) | CPU user+sys (s) | peak RSS (MiB) | highlight (ms, summed over threads) | waiting for a grammar (ms, summed) |"
  out "|---:|---|---:|---:|---:|---:|---:|"
  for row in "${HIGHLIGHT_ROWS[@]}"; do out "$row"; done
  out ""
  out "Budget (issue 12, at 10,000 pages): highlighting adds <= 15% to wall time and <= 15% to peak memory. \"within\"/\"over\" compare each size's figure with it."
  out ""
}
