#!/usr/bin/env bash
# Installs the Debian bookworm packages MediLock needs, only those missing. Sourced by
# scripts/run and scripts/test; quick when everything is already there.
set -euo pipefail

MEDILOCK_BUILD_PACKAGES=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev
  libsqlcipher-dev libssl-dev libqrencode-dev libgl-dev
)
# What the application needs at run time beyond Qt: a Devanagari font for the Hindi
# translation, Qt's own translations (dialog buttons) for German.
MEDILOCK_RUNTIME_PACKAGES=(fonts-noto-core qt6-translations-l10n)
MEDILOCK_TEST_PACKAGES=(xvfb xauth clang-14 libclang-rt-14-dev zbar-tools poppler-utils python3-jsonschema)

medilock_install_packages() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
