#!/usr/bin/env bash
# Every test: build the bundle, type-check, lint, run jest (unit, bundle and end-to-end tests), then
# run the core and engine tests again under two more time zones (the machine's zone must never leak
# into results). Prints one closing line "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the end-to-end tests use: LibreOffice recalculates the report's formulas (an
# independent engine), Chromium drives the sidebar. Installed when missing (CI runs as root).
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc-nogui)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "== installing ${need[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "The end-to-end tests need: sudo apt-get install -y --no-install-recommends ${need[*]}" >&2
    exit 1
  fi
fi

node esbuild.config.mjs --quiet
npm run --silent typecheck
npx eslint .

# Every temporary file the tests make (CSV/xlsx fixtures, LibreOffice profiles, browser profiles)
# goes under one folder that is removed at the end.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export TMPDIR="$scratch"
results="$scratch/results"
mkdir -p "$results"
status=0
run_jest() { # $1 = time zone, $2 = label, rest = jest args
  local zone=$1 label=$2
  shift 2
  echo "== jest ($label, TZ=$zone)"
  TZ=$zone npx jest --silent --json --outputFile="$results/$label.json" "$@" || status=1
}
run_jest Asia/Tokyo all
run_jest UTC tz-utc test/core
run_jest America/Los_Angeles tz-la test/core

node -e '
const fs = require("fs");
let passed = 0, failed = 0;
for (const f of fs.readdirSync(process.argv[1])) {
  const r = JSON.parse(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  console.log(`${f.replace(/\.json$/, "")}: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numTotalTestSuites} suites`);
}
console.log(`tests: ${passed} passed, ${failed} failed`);
' "$results"
exit $status
