# shellcheck shell=bash
# The git pass's cost (issue 14), sourced by run-benchmark.sh after search-measure/search.sh (it uses its helpers
# percent, within, fmt). Each corpus is copied once into CORPUS-git/, whose folder becomes a git repository above the
# site (sitegen/site-content/ inside it, as this repository holds the guide) with a history made by `git fast-import`:
# a first commit with the whole corpus, then one commit per page change, each changing one page (spread over the
# corpus by a stride prime to the page count), until there are max(10,000, pages) commits (pages with --quick),
# then `git repack -ad`. Each
# size is built there twice per run: with git values (the default) and with `git_info: false` put first in
# site.yml (an uncommitted edit, which the git pass ignores), and the difference is printed against the budget.
# The pass keeps what it found in .git/sitegen/ for the next build (HistoryMemo), so "git" is a build after an earlier
# one at the same commit (as an author rebuilds, or serve) and "gitcold" one without that memo, as the first build of
# a fresh clone is: the memo is deleted before each of its runs.

GIT_SUPPORTED=0
GIT_ROWS=()

# probe_git: is git installed, and does this SiteGen know `git_info:`? (one that predates it rejects the key)
probe_git() {
  if ! command -v git >/dev/null 2>&1; then
    say "git is not installed: no figures for the git pass"
    return 0
  fi
  if probe_build git $'git_info: false\ntitle: probe\nbase_url: https://example.org/\n' \
      $'---\ntitle: Probe\n---\nText.\n' >/dev/null; then
    GIT_SUPPORTED=1
  else
    say "this SiteGen does not know 'git_info:' ($LOGS/probe-git.log): no figures for the git pass"
  fi
}

# git_corpus CORPUS N -> echoes CORPUS-git, a copy of the corpus in a repository with its history (made when missing).
git_corpus() {
  local src="$1" n="$2" dir="$1-git" commits
  commits=$(( n > 10000 ? n : 10000 ))
  if [ "$QUICK" -eq 1 ]; then commits="$n"; fi
  if grep -qx "commits: $commits" "$dir/.sitegen-benchmark-git" 2>/dev/null; then
    echo "$dir"
    return 0
  fi
  say "making a git history of $commits commits for the $n-page corpus (git fast-import)"
  rm -rf "$dir"
  mkdir -p "$dir"
  cp -r "$src/sitegen" "$dir/sitegen"
  (
    cd "$dir"
    git init -q -b main .
    git -c user.name=Bench -c user.email=bench@example.org add -A sitegen
    GIT_AUTHOR_DATE="1700000000 +0000" GIT_COMMITTER_DATE="1700000000 +0000" \
      git -c user.name=Bench -c user.email=bench@example.org commit -q -m "corpus"
    # The pages, sorted; commit k (1-based) changes page (k * stride) mod count, appending its revision as a comment.
    git ls-files 'sitegen/site-content/*.md' >"$dir/.pages"
    LC_ALL=C awk -v commits="$commits" -v dir="$dir" '
      { pages[n++] = $0 }
      END {
        stride = 7919; while (n % stride == 0) stride += 2
        printf "reset refs/heads/main\nfrom refs/heads/main^0\n\n"
        for (k = 1; k < commits; k++) {
          page = pages[(k * stride) % n]
          text = ""
          while ((getline line < (dir "/" page)) > 0) text = text line "\n"
          close(dir "/" page)
          text = text "\n<!-- revision " k " -->\n"
          when = 1700000000 + k * 60
          printf "commit refs/heads/main\nauthor Author %d <a%d@example.org> %d +0000\ncommitter Bench <bench@example.org> %d +0000\n", k % 97, k % 97, when, when
          printf "data <<EOM\nchange %d\nEOM\n", k
          printf "M 100644 inline %s\ndata %d\n%s\n", page, length(text), text
        }
      }' "$dir/.pages" | LC_ALL=C git fast-import --quiet
    git reset -q --hard main
    rm -f "$dir/.pages"
    # Packed as a clone from a server is (newest versions whole, older ones as deltas); fast-import's own pack
    # keeps deltas the other way round, which no checkout has.
    git repack -adq
  ) >&2
  printf 'pages: %s\ncommits: %s\n' "$n" "$commits" >"$dir/.sitegen-benchmark-git"
  find "$dir/sitegen" -type f -print0 | xargs -0 cat >/dev/null
  echo "$dir"
}

# git_label TOOL -> how the log names a git build.
git_label() {
  case "$1" in
    nogit) echo ", git_info: false" ;;
    gitcold) echo ", history walked from scratch (no .git/sitegen memo)" ;;
    *) echo ", after an earlier build (.git/sitegen memo)" ;;
  esac
}

# git_memo CORPUS TOOL: before a gitcold run, no memo; before a git run, the memo of an earlier (untimed) build.
git_memo() {
  local dir="$1"
  case "$2" in
    gitcold) rm -rf "$dir/.git/sitegen" ;;
    git)
      if [ ! -d "$dir/.git/sitegen" ]; then
        "${SITEGEN[@]}" build --source "$dir/sitegen/site-content" --templates "$dir/sitegen/templates" \
          --output "$(next_output)" >/dev/null 2>&1 || true
      fi
      ;;
  esac
}

# set_git CORPUS on|off: on removes the `git_info:` line of the corpus's site.yml, off puts `git_info: false` first.
set_git() {
  local yml="$1/sitegen/site-content/site.yml"
  grep -v '^git_info:' "$yml" >"$yml.tmp" || true
  if [ "$2" = off ]; then { printf 'git_info: false\n'; cat "$yml.tmp"; } >"$yml"; rm -f "$yml.tmp"; else mv "$yml.tmp" "$yml"; fi
}

# git_measure N RESULTS GIT_DIR: rows of the cost table for one corpus size (builds labelled git and nogit).
git_measure() {
  local n="$1" results="$2" dir="$3"
  [ "$GIT_SUPPORTED" -eq 1 ] || return 0
  local gw gc gm nw nc nm pass wait commits dw dc cw cc cm cpass cwait cdw cdc
  gw="$(stat "$results" git 2)"; gc="$(stat "$results" git 3)"; gm="$(stat "$results" git 4)"
  cw="$(stat "$results" gitcold 2)"; cc="$(stat "$results" gitcold 3)"; cm="$(stat "$results" gitcold 4)"
  nw="$(stat "$results" nogit 2)"; nc="$(stat "$results" nogit 3)"; nm="$(stat "$results" nogit 4)"
  # "git history pass (beside Markdown): 123 ms, waited for 4 ms" in `build --timings`' output.
  pass="$(sed -n 's/^git history pass (beside Markdown): \([0-9]*\) ms, waited for \([0-9]*\) ms$/\1/p' "$LOGS"/git-"$n"-*.log | median)"
  wait="$(sed -n 's/^git history pass (beside Markdown): \([0-9]*\) ms, waited for \([0-9]*\) ms$/\2/p' "$LOGS"/git-"$n"-*.log | median)"
  cpass="$(sed -n 's/^git history pass (beside Markdown): \([0-9]*\) ms, waited for \([0-9]*\) ms$/\1/p' "$LOGS"/gitcold-"$n"-*.log | median)"
  cwait="$(sed -n 's/^git history pass (beside Markdown): \([0-9]*\) ms, waited for \([0-9]*\) ms$/\2/p' "$LOGS"/gitcold-"$n"-*.log | median)"
  commits="$(sed -n 's/^commits: //p' "$dir/.sitegen-benchmark-git")"
  dw="$(percent "$gw" "$nw")"; dc="$(percent "$gc" "$nc")"
  cdw="$(percent "$cw" "$nw")"; cdc="$(percent "$cc" "$nc")"
  GIT_ROWS+=("| $(thousands "$n") | $(thousands "$commits") | \`git_info: false\` | $(fmt 2 "$nw") | $(fmt 2 "$nc") | $(fmt 0 "$nm") | | |")
  GIT_ROWS+=("| $(thousands "$n") | $(thousands "$commits") | git values, after an earlier build | $(fmt 2 "$gw") | $(fmt 2 "$gc") | $(fmt 0 "$gm") | $(fmt 0 "$pass") | $(fmt 0 "$wait") |")
  GIT_ROWS+=("| $(thousands "$n") | $(thousands "$commits") | git values, first build of a clone | $(fmt 2 "$cw") | $(fmt 2 "$cc") | $(fmt 0 "$cm") | $(fmt 0 "$cpass") | $(fmt 0 "$cwait") |")
  GIT_ROWS+=("| $(thousands "$n") | $(thousands "$commits") | **after an earlier build / without** | **${dw}%** ($(within "$dw" 10)) | ${dc}% | $(percent "$gm" "$nm")% | | |")
  GIT_ROWS+=("| $(thousands "$n") | $(thousands "$commits") | **first build / without** | **${cdw}%** ($(within "$cdw" 10)) | ${cdc}% | $(percent "$cm" "$nm")% | | |")
}

git_report() {
  [ "${#GIT_ROWS[@]}" -gt 0 ] || return 0
  out "## Cost of the git pass in SiteGen's build (the corpus in a repository, \`git_info: false\` against the default)"
  out ""
  out "A first commit holds the corpus, then each commit changes one page. The pass column is \`build --timings\`' figure for the history pass, which runs on a worker beside loading and Markdown; \"waited\" is how long the build then waited for it (median ms). The pass keeps what it found in .git/sitegen/ for the next build: \"after an earlier build\" is a build at the commit an earlier build read (an author rebuilding, serve, a CI cache of .git), \"first build of a clone\" one that walks the whole history (the memo deleted before each run)."
  out ""
  out "| pages | commits | build | wall (s) | CPU user+sys (s) | peak RSS (MiB) | git pass (ms) | waited (ms) |"
  out "|---:|---:|---|---:|---:|---:|---:|---:|"
  for row in "${GIT_ROWS[@]}"; do out "$row"; done
  out ""
  out "Budget (issue 14, at 10,000 pages in a repository of at least 10,000 commits): the git pass adds <= 10% to the build's wall time. \"within\"/\"over\" compare each size's figure with it."
  out ""
}
