#!/usr/bin/env bash
# Fails when docs/api (the API reference, generated from the source by TypeDoc) differs from what TypeDoc writes now.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
npx typedoc --out "$tmp/api" --logLevel Error
if ! diff -r docs/api "$tmp/api" >/dev/null; then
  echo "docs/api is out of date: run 'pnpm run docs' and commit the result" >&2
  diff -r docs/api "$tmp/api" | head -20 >&2
  exit 1
fi
echo "docs/api is up to date"
