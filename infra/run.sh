#!/usr/bin/env bash
# Runs Market on this machine: PostgreSQL, build, schema, demo data, the web host with its silo,
# and optionally N headless silos. Ctrl-C or SIGTERM stops everything it started.
#   infra/run.sh [--no-seed] [--silos N]
# Environment: MARKET_HTTP_PORT (5080), MARKET_DATA_DIR (.data), Market__Admin__ApiKey (generated once).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SEED=true
SILOS=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-seed) SEED=false ;;
    --silos) SILOS="${2:?--silos needs a number}"; shift ;;
    *) echo "usage: infra/run.sh [--no-seed] [--silos N]" >&2; exit 2 ;;
  esac
  shift
done

export MARKET_DATA_DIR="${MARKET_DATA_DIR:-$ROOT/.data}"
HTTP_PORT="${MARKET_HTTP_PORT:-5080}"
require_dotnet
ensure_package curl curl

PIDS=()
stop_all() {
  trap - INT TERM EXIT
  echo "stopping Market" >&2
  for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$ROOT/infra/pg.sh" stop || true
  exit 0
}
trap stop_all INT TERM EXIT

CONNECTION="$("$ROOT/infra/pg.sh" start)"
echo "building" >&2
build_solution Release

ADMIN_KEY_FILE="$MARKET_DATA_DIR/admin-api-key"
if [ -z "${Market__Admin__ApiKey:-}" ]; then
  [ -s "$ADMIN_KEY_FILE" ] || (umask 077; echo "mk_admin_$(head -c 24 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')" > "$ADMIN_KEY_FILE")
  Market__Admin__ApiKey="$(cat "$ADMIN_KEY_FILE")"
fi
export Market__Admin__ApiKey

# The key that encrypts the signing keys and cookie keys stored in PostgreSQL: made once, kept outside
# the database (a copy of the database alone does not give them away). Keep it: without it they are lost.
KEK_FILE="$MARKET_DATA_DIR/key-encryption-key"
if [ -z "${Market__Secrets__KeyEncryptionKey:-}" ] && [ -z "${Market__Secrets__KeyEncryptionKeyFile:-}" ]; then
  [ -s "$KEK_FILE" ] || (umask 077; head -c 32 /dev/urandom | base64 > "$KEK_FILE")
  export Market__Secrets__KeyEncryptionKeyFile="$KEK_FILE"
fi
export Market__Store__ConnectionString="$CONNECTION"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
# Served on plain http://127.0.0.1: Secure cookies would never come back, so no one could sign in.
export Market__Cookies__Secure="${Market__Cookies__Secure:-false}"
# Production refuses to start without a Stripe key unless the sandbox is chosen: run.sh chooses it
# when no key is given. Every node posts sandbox events to the web host's webhook (headless silos serve none).
if [ -z "${Stripe__SecretKey:-}" ]; then
  export Market__Payments__Mode="${Market__Payments__Mode:-sandbox}"
  export Stripe__SandboxWebhookUrl="${Stripe__SandboxWebhookUrl:-http://127.0.0.1:$HTTP_PORT/webhooks/stripe}"
fi

WEB_DIR="$ROOT/web/Market.Web/bin/Release/net10.0"
(cd "$WEB_DIR" && exec env Market__Demo__Seed="$SEED" dotnet Market.Web.dll --urls "http://127.0.0.1:$HTTP_PORT") &
PIDS+=($!)
wait_for_url "http://127.0.0.1:$HTTP_PORT/health" 120 "${PIDS[0]}"

SILO_DIR="$ROOT/silos/Market.Silo/bin/Release/net10.0"
for ((i = 1; i <= SILOS; i++)); do
  (cd "$SILO_DIR" && exec env Market__Cluster__SiloPort=$((11111 + i)) Market__Cluster__GatewayPort=$((30000 + i)) \
    dotnet Market.Silo.dll --urls "http://127.0.0.1:$((HTTP_PORT + 10 + i))") &
  PIDS+=($!)
done
for ((i = 1; i <= SILOS; i++)); do wait_for_url "http://127.0.0.1:$((HTTP_PORT + 10 + i))/health" 120 "${PIDS[$i]}"; done

echo
echo "Market is running at http://127.0.0.1:$HTTP_PORT"
echo "Admin API key: $Market__Admin__ApiKey"
[ "$SILOS" -gt 0 ] && echo "Headless silos: $SILOS (health at http://127.0.0.1:$((HTTP_PORT + 11))/health ...)"
echo "Press Ctrl-C to stop."
wait "${PIDS[0]}"
