#!/usr/bin/env bash
# Uploads SiteGen's output (built with `build --compress`) to an S3 bucket with the headers a host would send:
# each text file as its .gz bytes under its own name with Content-Encoding: gzip (S3 cannot choose by Accept-Encoding,
# and every browser accepts gzip), the content type by extension, a year of caching for fingerprinted names
# (name.<16 hex digits>.ext) and revalidation for everything else. Other files go as they are.
#
#   bash deploy/s3/upload.sh OUTPUT_DIR s3://BUCKET[/PREFIX]    # PREFIX for a base path: s3://bucket/guide
#   DRY_RUN=1 bash deploy/s3/upload.sh output s3://bucket     # print the aws commands instead of running them
#
# Needs the AWS CLI (aws s3 cp). Nothing is deleted: files of earlier builds stay, so a page a browser or CDN still
# holds finds the fingerprinted stylesheet it names; remove old files with a lifecycle rule or by hand.
set -euo pipefail

OUT="${1:?usage: upload.sh OUTPUT_DIR s3://BUCKET[/PREFIX]}"
DEST="${2:?usage: upload.sh OUTPUT_DIR s3://BUCKET[/PREFIX]}"
DEST="${DEST%/}"
run() { if [ -n "${DRY_RUN:-}" ]; then echo "$*"; else "$@"; fi; }

content_type() {
  case "$1" in
    *.html|*.htm) echo "text/html; charset=utf-8" ;;
    *.css) echo "text/css; charset=utf-8" ;;
    *.js|*.mjs) echo "text/javascript; charset=utf-8" ;;
    *.json|*.map) echo "application/json" ;;
    *.xml) echo "application/xml" ;;
    *.atom) echo "application/atom+xml" ;;
    *.svg) echo "image/svg+xml" ;;
    *.txt|*.md|*.csv) echo "text/plain; charset=utf-8" ;;
    *.webmanifest) echo "application/manifest+json" ;;
    *.png) echo "image/png" ;;
    *.jpg|*.jpeg) echo "image/jpeg" ;;
    *.gif) echo "image/gif" ;;
    *.webp) echo "image/webp" ;;
    *.avif) echo "image/avif" ;;
    *.ico) echo "image/x-icon" ;;
    *.woff2) echo "font/woff2" ;;
    *.pdf) echo "application/pdf" ;;
    *) echo "application/octet-stream" ;;
  esac
}

cache_control() {
  if [[ "$1" =~ \.[0-9a-f]{16}(\.[A-Za-z0-9]+)?$ ]]; then
    echo "public, max-age=31536000, immutable"
  else
    echo "public, max-age=0, must-revalidate"
  fi
}

cd "$OUT"
find . -type f ! -name '*.gz' ! -name '*.br' ! -name '.sitegen-output' ! -name '_headers' ! -name '_redirects' -printf '%P\n' | sort |
while IFS= read -r file; do
  if [ -f "$file.gz" ]; then
    run aws s3 cp "$file.gz" "$DEST/$file" --content-type "$(content_type "$file")" --content-encoding gzip \
      --cache-control "$(cache_control "$file")"
  else
    run aws s3 cp "$file" "$DEST/$file" --content-type "$(content_type "$file")" --cache-control "$(cache_control "$file")"
  fi
done
