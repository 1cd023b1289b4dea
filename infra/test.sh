#!/usr/bin/env bash
# Runs every test of Market.sln against a private PostgreSQL and Debian's Chromium, both set up here.
# Ends with the line "N passed, N failed" and exits non-zero when anything failed.
#   infra/test.sh [extra dotnet test arguments, e.g. --filter ...]
# Environment: MARKET_TEST_DATA_DIR (.data/test), MARKET_TEST_PG_PORT (5434).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

export MARKET_DATA_DIR="${MARKET_TEST_DATA_DIR:-$ROOT/.data/test}"
export MARKET_PG_PORT="${MARKET_TEST_PG_PORT:-5434}"
RESULTS="$ROOT/test-output/results"
require_dotnet
ensure_package curl curl
ensure_package chromium chromium
export MARKET_CHROMIUM="$(command -v chromium)"
# axe-core for the accessibility tests, at the version package-lock.json pins.
ensure_package npm npm
(cd "$ROOT/tests/Market.Web.Tests/axe" && npm ci --no-audit --no-fund >/dev/null) || { echo "npm ci of axe-core failed"; echo "0 passed, 1 failed"; exit 1; }

cleanup() { "$ROOT/infra/pg.sh" stop || true; }
trap cleanup EXIT

"$ROOT/infra/pg.sh" start >/dev/null || { echo "PostgreSQL did not start"; echo "0 passed, 1 failed"; exit 1; }
export MARKET_TEST_PG="$("$ROOT/infra/pg.sh" connection-string postgres)"
# Tests create and drop a database per fixture; autovacuum workers in them only delay the drops.
"$ROOT/infra/pg.sh" autovacuum off >/dev/null

if ! build_solution Release; then
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
fi

rm -rf "$RESULTS"
mkdir -p "$RESULTS"
(cd "$ROOT" && dotnet test Market.sln -c Release --no-build --logger "trx" --results-directory "$RESULTS" \
  --logger "console;verbosity=minimal" "$@" -- RunConfiguration.TestSessionTimeout=1500000)
status=$?

passed=0
failed=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -1)"
  p="$(echo "$counters" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*')"
  f="$(echo "$counters" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*')"
  e="$(echo "$counters" | grep -o ' error="[0-9]*"' | grep -o '[0-9]*')"
  n="$(echo "$counters" | grep -o ' notExecuted="[0-9]*"' | grep -o '[0-9]*')"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0} + ${e:-0} + ${n:-0}))
done
# A test host that crashed leaves no counts behind: it still fails the run.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
