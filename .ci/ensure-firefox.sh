#!/usr/bin/env bash
# Makes sure the installed firefox-esr can load the extension: compares `firefox-esr --version`
# with the manifest's strict_min_version (wxt.config.ts) and, when Firefox is older (a stale
# package list can install one), refreshes the package list and upgrades it. Fails naming both
# versions when the upgrade still leaves it too old. Called by .ci/run.
#
# FIREFOX_ESR, APT_GET and WXT_CONFIG replace the binary, the package tool and the config file
# (tests/unit/ci/ensure-firefox.test.ts runs this script with stand-ins for all three).
set -euo pipefail

firefox=${FIREFOX_ESR:-/usr/bin/firefox-esr}
apt_get=${APT_GET:-apt-get}
config=${WXT_CONFIG:-wxt.config.ts}

needed=$(sed -nE "s/.*strict_min_version: '([0-9.]+)'.*/\1/p" "$config" | head -n 1)
if [ -z "$needed" ]; then
  echo "ci: no strict_min_version in $config" >&2
  exit 1
fi

firefox_version() { "$firefox" --version 2>/dev/null | grep -oE '[0-9]+(\.[0-9]+)+' | head -n 1; }
# version_at_least FOUND NEEDED: true when FOUND >= NEEDED (numeric, part by part).
version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]; }

found=$(firefox_version || true)
if ! version_at_least "${found:-0}" "$needed"; then
  echo "ci: firefox-esr ${found:-(version unknown)} is older than the manifest's minimum ${needed}; upgrading"
  export DEBIAN_FRONTEND=noninteractive
  "$apt_get" update -q
  "$apt_get" install -y -q --no-install-recommends --only-upgrade firefox-esr
  before=${found:-(version unknown)}
  found=$(firefox_version || true)
  if ! version_at_least "${found:-0}" "$needed"; then
    echo "ci: firefox-esr is ${found:-(version unknown)} after the upgrade (was ${before}); the extension needs ${needed} or later" >&2
    exit 1
  fi
  echo "ci: firefox-esr upgraded from ${before} to ${found}"
fi
echo "ci: firefox-esr ${found} (manifest needs ${needed} or later)"
