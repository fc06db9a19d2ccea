#!/usr/bin/env bash
# Installs the Debian 12 packages dtx needs to build, test and run.
set -euo pipefail
packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    libqcustomplot-dev libqcustomplot2.1-qt6 libgl-dev
    # Qt's own German and French (standard dialogs and buttons)
    qt6-translations-l10n
    # the libFuzzer harness (scripts/fuzz.sh) and the AppStream check
    clang libclang-rt-14-dev appstream
    # checks of the package's menu entry
    desktop-file-utils
)
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
fi
