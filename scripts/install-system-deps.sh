#!/usr/bin/env bash
# Installs the Debian packages the tests need, only those missing:
# Chromium for end-to-end tests, PostgreSQL for the database tests (they start
# their own throwaway cluster). Needs root (or sudo) and apt-get.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Es fehlen: ${missing[*]}. Bitte mit dem Paketmanager des Systems installieren." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installiere Debian-Pakete für die Tests: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq "${missing[@]}" >/dev/null
