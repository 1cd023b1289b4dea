#!/usr/bin/env bash
# Market's benchmarks (DESIGN 6) on a private PostgreSQL of their own. Prints a table, then the line
#   ratios: orders_vs_pgbench=R1 pages_vs_minimal=R2 orders_vs_ideal=R3
#   infra/bench.sh [--quick] [--no-build] [--only orders|split|pages|statement|grains|import]
# --quick: smaller counts and shorter runs (under 3 minutes with the build on the 2-core machine).
# --only: one figure (orders brings its references: pgbench TPC-B and the ideal paid order); the rest n/a.
# Every figure is measured in this invocation; one that cannot be is printed as n/a with the reason.
# What each figure measures and the latest results: infra/benchmarks.md. Logs: <data dir>/logs.
# Environment: MARKET_BENCH_DATA_DIR (.data/bench), MARKET_BENCH_PG_PORT (5435), MARKET_BENCH_CLIENTS (8).
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

QUICK=false
BUILD=true
ONLY=""
usage() { echo "usage: infra/bench.sh [--quick] [--no-build] [--only orders|split|pages|statement|grains|import]" >&2; exit 2; }
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=true ;;
    --no-build) BUILD=false ;;
    --only) [[ "${2:-}" =~ ^(orders|split|pages|statement|grains|import)$ ]] || usage; ONLY="$2"; shift ;;
    *) usage ;;
  esac
  shift
done
# Whether figure $1 runs in this invocation.
runs() { [ -z "$ONLY" ] || [ "$ONLY" = "$1" ]; }

export MARKET_DATA_DIR="${MARKET_BENCH_DATA_DIR:-$ROOT/.data/bench}"
export MARKET_PG_PORT="${MARKET_BENCH_PG_PORT:-5435}"
CLIENTS="${MARKET_BENCH_CLIENTS:-8}"
LOGS="$MARKET_DATA_DIR/logs"
BENCH_DLL="$ROOT/bench/Market.Benchmarks/bin/Release/net10.0/Market.Benchmarks.dll"
WEB_DIR="$ROOT/web/Market.Web/bin/Release/net10.0"
if $QUICK; then
  PGBENCH_SECONDS=6 ORDERS_SECONDS=6 ORDERS_WARMUP=3 PAGE_SECONDS=3 WARM_SECONDS=1 GRAINS=1000 IMPORT=100000 SPLIT_MODE=--quick STATEMENT_REPEAT=1
else
  PGBENCH_SECONDS=60 ORDERS_SECONDS=60 ORDERS_WARMUP=30 PAGE_SECONDS=30 WARM_SECONDS=5 GRAINS=20000 IMPORT=1000000 SPLIT_MODE= STATEMENT_REPEAT=3
fi

require_dotnet
ensure_package curl curl
runs pages && ensure_package wrk wrk
mkdir -p "$LOGS" && rm -f "$LOGS"/*.log

PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$ROOT/infra/pg.sh" stop || true
}
trap cleanup EXIT

note() { echo "[$(date +%H:%M:%S)] $*" >&2; }

# A database of its own per figure, so no figure runs on another's leftovers.
fresh_db() {
  PGPASSWORD="${MARKET_PG_PASSWORD:-market}" PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h 127.0.0.1 -p "$MARKET_PG_PORT" -U market -d market \
    -v ON_ERROR_STOP=1 -qAt -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null &&
    "$ROOT/infra/pg.sh" connection-string "$1"
}

# A loopback port nothing answers on (a silo on a taken port joins it silently: RECIPES).
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# The value of key $2 in the "result ..." line $1.
field() { sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"; }

# Where wrk's output for path $1 goes.
wrk_log() { echo "$LOGS/wrk$(tr '/' '_' <<<"$1").log"; }

# The last "result $1 ..." line of log $2.
result() { grep "^result $1 " "$2" 2>/dev/null | tail -1; }

# Runs a benchmark command with a time limit; its output goes to log $1.
bench() {
  local log="$LOGS/$1.log" limit="$2"
  shift 2
  timeout --signal=TERM --kill-after=30 "$limit" dotnet "$BENCH_DLL" "$@" >"$log" 2>&1
}

"$ROOT/infra/pg.sh" start >/dev/null || { echo "PostgreSQL did not start"; exit 1; }
PG_BIN="$(dirname "$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)")"
[ -x "$PG_BIN/pgbench" ] || PG_BIN="$(dirname "$(command -v pgbench)")"
PG_DATA_DIR="$(cd "$MARKET_DATA_DIR" && pwd)/pg"

# The cluster's superuser over its private socket, as infra/pg.sh reaches it (as root: the postgres user).
pg_superuser() {
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" env PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -h "$PG_DATA_DIR/socket" -p "$MARKET_PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

# pg_stat_statements counts the statements the app sends (statements and round trips per paid order).
# It must be preloaded: the first run on a cluster adds it to shared_preload_libraries and restarts the
# server. Whatever fails here only makes those figures n/a (the harness says why); the rest runs.
enable_statement_statistics() {
  local loaded
  loaded="$(pg_superuser -d postgres -c "SHOW shared_preload_libraries")" || return 1
  if ! grep -qw pg_stat_statements <<<"$loaded"; then
    note "loading pg_stat_statements (shared_preload_libraries; restarts this PostgreSQL)"
    pg_superuser -d postgres -c "ALTER SYSTEM SET shared_preload_libraries = '${loaded:+$loaded,}pg_stat_statements'" || return 1
    "$ROOT/infra/pg.sh" stop
    if ! "$ROOT/infra/pg.sh" start >/dev/null 2>&1; then
      # The library is not installed (postgresql-contrib): undo, so the server starts as before.
      sed -i '/^shared_preload_libraries/d' "$PG_DATA_DIR/data/postgresql.auto.conf"
      "$ROOT/infra/pg.sh" start >/dev/null || { echo "PostgreSQL did not start"; exit 1; }
      return 1
    fi
  fi
  # The readings go through the market database, so they are not counted as the app's statements.
  pg_superuser -d market -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements"
}
if runs orders && ! enable_statement_statistics; then
  note "pg_stat_statements is not available: statements and round trips per paid order will be n/a"
fi
if $BUILD; then
  note "building bench/Market.Benchmarks (and Market.Web) in Release"
  (cd "$ROOT" && dotnet build bench/Market.Benchmarks -c Release -nologo -clp:ErrorsOnly -v:q) >"$LOGS/build.log" 2>&1 ||
    { cat "$LOGS/build.log"; echo "build failed"; exit 1; }
fi

# The tps of a pgbench log $1, if every client ran to the end.
pgbench_tps() { grep -q "aborted" "$1" || sed -n 's/^tps = \([0-9]*\.*[0-9]\{0,1\}\).*/\1/p' "$1" | tail -1; }

# The server's WAL position in bytes.
wal_bytes() { pg_superuser -d postgres -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint"; }

# --- 1. pgbench TPC-B: the reference, on the same server ------------------------------------------
PGBENCH_TPS=""
IDEAL_TPS="" IDEAL_WAL=""
runs orders && note "pgbench TPC-B, $CLIENTS clients, ${PGBENCH_SECONDS} s"
if runs orders && fresh_db bench_pgbench >/dev/null; then
  export PGPASSWORD="${MARKET_PG_PASSWORD:-market}"
  # Scale 10: ten branches, so eight clients do not all queue on one row.
  "$PG_BIN/pgbench" -h 127.0.0.1 -p "$MARKET_PG_PORT" -U market -i -s 10 -q bench_pgbench >"$LOGS/pgbench.log" 2>&1 &&
    "$PG_BIN/pgbench" -h 127.0.0.1 -p "$MARKET_PG_PORT" -U market -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" bench_pgbench >>"$LOGS/pgbench.log" 2>&1
  PGBENCH_TPS="$(pgbench_tps "$LOGS/pgbench.log")"
  unset PGPASSWORD
fi

# --- 1b. the ideal paid order: a pgbench script of the least one paid order must write ------------
# Its own minimal schema in a fresh database; the TPC-B reference's clients and duration.
runs orders && note "pgbench ideal paid order (infra/bench/ideal-paid-order.sql), $CLIENTS clients, ${PGBENCH_SECONDS} s"
if runs orders && fresh_db bench_ideal >/dev/null; then
  export PGPASSWORD="${MARKET_PG_PASSWORD:-market}"
  "$PG_BIN/psql" -h 127.0.0.1 -p "$MARKET_PG_PORT" -U market -d bench_ideal -v ON_ERROR_STOP=1 -q \
    -f "$ROOT/infra/bench/ideal-paid-order-schema.sql" >"$LOGS/ideal.log" 2>&1 &&
    wal_before="$(wal_bytes)" &&
    "$PG_BIN/pgbench" -h 127.0.0.1 -p "$MARKET_PG_PORT" -U market -n -f "$ROOT/infra/bench/ideal-paid-order.sql" \
      -c "$CLIENTS" -j 2 -T "$PGBENCH_SECONDS" bench_ideal >>"$LOGS/ideal.log" 2>&1 &&
    IDEAL_TPS="$(pgbench_tps "$LOGS/ideal.log")"
  IDEAL_TRANSACTIONS="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$LOGS/ideal.log")"
  IDEAL_WAL="$([ -n "$IDEAL_TPS" ] && [ "${IDEAL_TRANSACTIONS:-0}" -gt 0 ] && echo $((($(wal_bytes) - wal_before) / IDEAL_TRANSACTIONS)))"
  unset PGPASSWORD
fi

# --- 2. paid orders per second, 20-way split ------------------------------------------------------
# The buyers first loop unmeasured for ORDERS_WARMUP s: the window then measures code that tiered
# compilation has optimised, not the JIT's first minute (infra/benchmarks.md, "where the time goes").
runs orders && note "paid orders, $CLIENTS buyers, ${ORDERS_WARMUP} s warm-up then ${ORDERS_SECONDS} s"
ORDERS=""
# --stats-pg: the harness reads what PostgreSQL did per order (commits, statements, WAL, CPU) through
# the market database, so its readings are not counted as the app's.
runs orders && DB="$(fresh_db bench_orders)" &&
  bench orders $((ORDERS_WARMUP + ORDERS_SECONDS + 300)) orders --pg "$DB" --seconds "$ORDERS_SECONDS" --warmup "$ORDERS_WARMUP" \
    --clients "$CLIENTS" --stats-pg "$("$ROOT/infra/pg.sh" connection-string market)"
ORDERS="$(result orders "$LOGS/orders.log")"
ORDERS_DB="$(result orders_database "$LOGS/orders.log")"

# --- 3. attribution split and pool settlement (BenchmarkDotNet) -----------------------------------
if runs split; then
  note "allocation benchmarks (BenchmarkDotNet${SPLIT_MODE:+ $SPLIT_MODE})"
  bench split 1800 split $SPLIT_MODE --artifacts "$MARKET_DATA_DIR/artifacts"
fi
split_ms() { field "$(result "split benchmark=$1" "$LOGS/split.log")" mean_ms; }

# --- 4. pages under load against a minimal endpoint in the same process ---------------------------
declare -A RPS P99
runs pages && note "pages: wrk, 1 thread, 8 connections, ${PAGE_SECONDS} s per path"
if runs pages && DB="$(fresh_db bench_pages)"; then
  dotnet "$BENCH_DLL" serve --seed --pg "$DB" >"$LOGS/pages-server.log" 2>&1 &
  PIDS+=($!)
  for ((i = 0; i < 240; i++)); do [ -n "$(result serve "$LOGS/pages-server.log")" ] && break; kill -0 "${PIDS[-1]}" 2>/dev/null || break; sleep 0.5; done
  URL="$(field "$(result serve "$LOGS/pages-server.log")" url)"
  if [ -n "$URL" ] && wait_for_url "$URL/Works/w_demo_01" 60 "${PIDS[-1]}"; then
    for path in /_bench/minimal / /Works/w_demo_01; do
      wrk -t1 -c8 -d"${WARM_SECONDS}s" "$URL$path" >/dev/null 2>&1   # warm-up: JIT, caches, connections
      wrk -t1 -c8 -d"${PAGE_SECONDS}s" --latency "$URL$path" >"$(wrk_log "$path")" 2>&1
      out="$(cat "$(wrk_log "$path")")"
      grep -q "Non-2xx" <<<"$out" && continue   # a page that fails is not measured: n/a below
      RPS[$path]="$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<<"$out")"
      P99[$path]="$(awk '$1 == "99%" { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v);
        printf "%.1f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }' <<<"$out")"
    done
  fi
  kill -TERM "${PIDS[-1]}" 2>/dev/null; wait "${PIDS[-1]}" 2>/dev/null; unset 'PIDS[-1]'
fi

# --- 5. a 100,000-line monthly statement, fetched as JSON, CSV and PDF ----------------------------
runs statement && note "statement: 100,000 lines, JSON, CSV and PDF, $STATEMENT_REPEAT times each"
runs statement && DB="$(fresh_db bench_statement)" && bench statement 900 statement --pg "$DB" --lines 100000 --repeat "$STATEMENT_REPEAT"
STATEMENT="$(result statement "$LOGS/statement.log")"

# --- 6. memory per active work grain --------------------------------------------------------------
runs grains && note "work grains: $GRAINS registered, collected, activated again"
runs grains && DB="$(fresh_db bench_grains)" && bench grains 1800 grains --pg "$DB" --count "$GRAINS"
GRAIN="$(result grains "$LOGS/grains.log")"

# --- A. the contribution import, served by Market.Web as infra/run.sh starts it -------------------
IMPORTED=""
runs import && note "import: $IMPORT contributions through the API into a Market.Web process"
if runs import && DB="$(fresh_db bench_import)"; then
  port="$(free_port)"
  (cd "$WEB_DIR" && exec env Market__Store__ConnectionString="$DB" Market__Admin__ApiKey="mk_admin_bench_$RANDOM$RANDOM" \
    Market__Secrets__KeyEncryptionKey="$(head -c 32 /dev/urandom | base64)" \
    Market__Demo__Seed=false ASPNETCORE_ENVIRONMENT=Production Market__Payments__Mode=sandbox Market__Cluster__ClusterId="bench-import-$$" \
    Market__Cluster__SiloPort="$(free_port)" Market__Cluster__GatewayPort="$(free_port)" \
    dotnet Market.Web.dll --urls "http://127.0.0.1:$port") >"$LOGS/import-server.log" 2>&1 &
  PIDS+=($!)
  if wait_for_url "http://127.0.0.1:$port/health" 120 "${PIDS[-1]}"; then
    bench import 1800 import --url "http://127.0.0.1:$port" --pg "$DB" --count "$IMPORT" --pid "${PIDS[-1]}"
    IMPORTED="$(result import "$LOGS/import.log")"
  fi
  kill -TERM "${PIDS[-1]}" 2>/dev/null; wait "${PIDS[-1]}" 2>/dev/null; unset 'PIDS[-1]'
fi

# --- the table ------------------------------------------------------------------------------------
# "value unit", or n/a with the reason when there is no value.
value() {
  if [ -n "$1" ]; then echo "$1${2:+ $2}"
  elif [ -n "$ONLY" ] && [ ! -e "$LOGS/${3%%,*}" ]; then echo "n/a (not run: --only $ONLY)"
  else echo "n/a (failed, see $LOGS/$3)"; fi
}
ratio() { [ -n "$1" ] && [ -n "$2" ] && awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }' || echo "n/a"; }
row() { printf '%-44s %-34s %s\n' "$@"; }
ORDERS_PER_S="$(field "$ORDERS" per_second)"
[ "$(field "$ORDERS" ledger_ok)" = "true" ] || ORDERS_PER_S=""
[ -n "$ORDERS_PER_S" ] || ORDERS_DB=""
# Key $1 of the orders' database line; n/a with the harness's reason (key $2) when it could not measure it.
per_order() {
  local v
  v="$(field "$ORDERS_DB" "$1")"
  if [ "$v" = "n/a" ]; then local why; why="$(field "$ORDERS_DB" "$2")"; echo "n/a (${why//-/ })"; else echo "$v"; fi
}
ROUND_TRIPS="$(per_order round_trips_per_order statements_missing)"
STATEMENTS_NOTE=""
if [[ -n "$ROUND_TRIPS" && ! "$ROUND_TRIPS" =~ ^n/a ]]; then
  ROUND_TRIPS="$ROUND_TRIPS (statements $(per_order statements_per_order))"
  STATEMENTS_NOTE="; per order BEGIN $(per_order begins_per_order), COMMIT/ROLLBACK $(per_order transaction_control_per_order), DISCARD ALL $(per_order discards_per_order)"
fi
PG_CPU="$(per_order pg_cpu_ms_per_order pg_cpu_missing)"
[[ "$PG_CPU" =~ ^n/a ]] || PG_CPU="$PG_CPU ms"
# A figure whose own checks failed is not a figure: every entry imported and stored, every grain active.
[ "$(field "$IMPORTED" accepted)" = "$IMPORT" ] && [ "$(field "$IMPORTED" stored)" = "$IMPORT" ] || IMPORTED=""
[ "$(field "$GRAIN" activated)" = "$GRAINS" ] || GRAIN=""
for path in /_bench/minimal / /Works/w_demo_01; do [[ "${RPS[$path]:-}" =~ ^[0-9.]+$ ]] || RPS[$path]=""; done
MINIMAL="${RPS[/_bench/minimal]}"
# The lower of the two pages; n/a unless both were measured.
WORST_PAGE="$([ -n "${RPS[/]}" ] && [ -n "${RPS[/Works/w_demo_01]}" ] && printf '%s\n' "${RPS[/]}" "${RPS[/Works/w_demo_01]}" | sort -g | head -1)"
page() { value "${RPS[$1]}" "req/s, p99 ${P99[$1]:-n/a} ms" "pages-server.log, $(basename "$(wrk_log "$1")")"; }

echo
echo "Market benchmarks ($($QUICK && echo quick || echo full) run, $(date -u +%Y-%m-%dT%H:%MZ)): $(nproc) cores, $(free -m | awk '/^Mem:/ { print $2 }') MiB," \
  "$("$PG_BIN/psql" --version | awk '{ print "PostgreSQL " $3 }'), .NET $(dotnet --version)"
row "figure" "measured" "target / notes"
row "pgbench TPC-B ($CLIENTS clients, scale 10)" "$(value "$PGBENCH_TPS" tps pgbench.log)" "reference"
row "ideal paid order (pgbench script)" "$(value "$IDEAL_TPS" tps ideal.log)" \
  "reference: infra/bench/ideal-paid-order.sql, $CLIENTS clients; 1 commit, 7 round trips${IDEAL_WAL:+, $IDEAL_WAL B of WAL} per order"
row "paid orders/s, $(field "$ORDERS" parties)-party split ($CLIENTS buyers)" "$(value "$ORDERS_PER_S" "/s" orders.log)" \
  ">= 0.7 x pgbench; ratio $(ratio "$ORDERS_PER_S" "$PGBENCH_TPS")${ORDERS_PER_S:+; $(field "$ORDERS" paid) paid, ledger clean; p50 $(field "$ORDERS" p50_ms) ms (place $(field "$ORDERS" place_p50_ms), pay+webhook $(field "$ORDERS" pay_p50_ms)), p99 $(field "$ORDERS" p99_ms) ms; app+buyers used $(field "$ORDERS" process_cpu_cores) of $(nproc) cores}"
row "  per paid order: PostgreSQL commits" "$(value "$(per_order commits_per_order)" "" orders.log)" \
  "xact_commit delta / paid orders; <= 4 (issue 15)"
row "  per paid order: round trips" "$(value "$ROUND_TRIPS" "" orders.log)" "Npgsql commands and batches + COMMITs$STATEMENTS_NOTE"
row "  per paid order: WAL" "$(value "$(per_order wal_bytes_per_order)" B orders.log)" "pg_current_wal_lsn() delta / paid orders"
row "  per paid order: CPU" "$(value "${ORDERS_DB:+app $(per_order app_cpu_ms_per_order) ms, PostgreSQL $PG_CPU}" "" orders.log)" \
  "app: the harness process (app + buyers); PostgreSQL: its processes (/proc)"
row "10,000-entry split: AllocateSale" "$(value "$(split_ms AllocateSale)" ms split.log)" "<= 2 ms"
row "10,000 scores to weights: FromScores" "$(value "$(split_ms FromScores)" ms split.log)" "(SplitDecimal alone $(split_ms SplitDecimal) ms)"
row "settle a 1,000,000-member pool" "$(value "$(split_ms SettlePool)" ms split.log)" "<= 10,000 ms"
row "minimal endpoint /_bench/minimal" "$(page /_bench/minimal)" "reference (harness route, same process)"
row "catalog page /" "$(page /)" ">= 0.5 x minimal, p99 < 50 ms; ratio $(ratio "${RPS[/]}" "$MINIMAL")"
row "work page /Works/w_demo_01" "$(page /Works/w_demo_01)" ">= 0.5 x minimal, p99 < 50 ms; ratio $(ratio "${RPS[/Works/w_demo_01]}" "$MINIMAL")"
row "statement, $(field "$STATEMENT" lines) lines (slowest format)" "$(value "$(field "$STATEMENT" worst_ms)" ms statement.log)" \
  "<= 2,000 ms${STATEMENT:+; JSON $(field "$STATEMENT" json_ms), CSV $(field "$STATEMENT" csv_ms), PDF $(field "$STATEMENT" pdf_ms) ms (process CPU $(field "$STATEMENT" json_cpu_ms), $(field "$STATEMENT" csv_cpu_ms), $(field "$STATEMENT" pdf_cpu_ms) ms)}"
row "memory per active work grain ($GRAINS)" "$(value "$(field "$GRAIN" managed_bytes_per_grain)" "B managed heap" grains.log)" \
  "no target; silo RSS $(field "$GRAIN" rss_mib_after) MiB with all active (RSS deltas move with GC decommits)"
row "import $IMPORT contributions (API)" "$(value "$(field "$IMPORTED" seconds)" "s, peak $(field "$IMPORTED" peak_mib) MiB RSS" import.log)" \
  "<= 60 s and <= 500 MB for 1,000,000; RSS before $(field "$IMPORTED" rss_before_mib) MiB"
echo "ratios: orders_vs_pgbench=$(ratio "$ORDERS_PER_S" "$PGBENCH_TPS") pages_vs_minimal=$(ratio "$WORST_PAGE" "$MINIMAL") orders_vs_ideal=$(ratio "$ORDERS_PER_S" "$IDEAL_TPS")"
