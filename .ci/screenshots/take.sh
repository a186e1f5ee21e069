#!/usr/bin/env bash
# Retakes the README screenshots of The Backend Developer's Guide (light theme):
#   home.png          the home page, 1280 px wide
#   salary.png        /salaries/united-kingdom/ (table and SVG range chart), 1280 px wide
#   salary-phone.png  the same salary page on a 390 px wide phone
# It builds the guide into a temporary folder, serves it on 127.0.0.1, shoots each page with
# headless Chromium (Debian's; no tool downloads a browser) and shrinks the PNGs with pngquant
# and/or optipng when they are installed (apt-get install pngquant optipng).
#
# Usage: bash .ci/screenshots/take.sh
# Environment: CHROMIUM (default /usr/bin/chromium), PORT (default 8099), PYTHON (default python3).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
PORT="${PORT:-8099}"
PYTHON="${PYTHON:-python3}"
BASE="http://127.0.0.1:${PORT}"

for tool in "$CHROMIUM" "$PYTHON" dotnet curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "take.sh: '$tool' is not installed" >&2; exit 1; }
done
if curl -s -o /dev/null "$BASE/"; then
  echo "take.sh: something already answers on port $PORT; set PORT to a free port" >&2
  exit 1
fi

WORK="$(mktemp -d)"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== build"
(cd "$ROOT" && dotnet run --project src/SiteGen -- build --base-url "$BASE/" --output "$WORK/site")

echo "== serve $BASE"
"$PYTHON" -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/site" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 50); do
  curl -s -o /dev/null "$BASE/" && break
  sleep 0.2
done
curl -sf -o /dev/null "$BASE/salaries/united-kingdom/" || { echo "take.sh: the server did not start" >&2; cat "$WORK/server.log" >&2; exit 1; }

# shoot NAME PATH WIDTH HEIGHT: the window size is the picture size, so HEIGHT crops the page.
shoot() {
  local name="$1" path="$2" width="$3" height="$4"
  echo "== $name.png: $path at ${width}x${height}"
  # preferredColorScheme=1 is light: the screenshots show the light theme whatever the machine prefers.
  "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-background-networking --no-first-run \
    --disable-extensions --hide-scrollbars --force-device-scale-factor=1 \
    --blink-settings=preferredColorScheme=1 --user-data-dir="$WORK/profile" \
    --window-size="${width},${height}" --screenshot="$WORK/$name.png" "$BASE$path" >/dev/null 2>&1
  [ -s "$WORK/$name.png" ] || { echo "take.sh: Chromium wrote no $name.png" >&2; exit 1; }
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --strip --quality 70-95 --output "$WORK/$name.q.png" "$WORK/$name.png" \
      && mv "$WORK/$name.q.png" "$WORK/$name.png" || true
  fi
  if command -v optipng >/dev/null 2>&1; then
    optipng -quiet -o2 "$WORK/$name.png" || true
  fi
  mv "$WORK/$name.png" "$HERE/$name.png"
}

shoot home         /                         1280 1100
shoot salary       /salaries/united-kingdom/ 1280 1100
shoot salary-phone /salaries/united-kingdom/  390 1250

ls -l "$HERE"/*.png
