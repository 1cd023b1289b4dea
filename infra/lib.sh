# Shared by run.sh, test.sh and bench.sh: paths, prerequisites, the build.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The .NET SDK named in global.json must be on PATH; this machine kind has it.
require_dotnet() {
  if ! command -v dotnet >/dev/null 2>&1; then
    echo "dotnet is not on PATH: install the .NET SDK $(grep -o '"version": "[^"]*"' "$ROOT/global.json" | cut -d'"' -f4)" >&2
    exit 1
  fi
}

# Installs a Debian package when the command it provides is missing.
ensure_package() {
  local command="$1" package="$2"
  if ! command -v "$command" >/dev/null 2>&1; then
    echo "installing $package" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$package" >&2
  fi
}

build_solution() {
  local configuration="${1:-Release}"
  (cd "$ROOT" && dotnet build Market.sln -c "$configuration" -nologo -clp:ErrorsOnly -v:q)
}

# Waits until a URL answers 200; gives up after $2 seconds, or at once when process $3 has exited.
wait_for_url() {
  local url="$1" timeout="${2:-60}" pid="${3:-}" i
  for ((i = 0; i < timeout * 4; i++)); do
    curl -fsS -o /dev/null "$url" 2>/dev/null && return 0
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
      echo "the process serving $url exited" >&2
      return 1
    fi
    sleep 0.25
  done
  echo "timed out waiting for $url" >&2
  return 1
}
