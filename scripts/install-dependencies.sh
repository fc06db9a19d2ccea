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
    # the locales test_locales runs dtx under
    locales
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
# German, French and Turkish: test_locales checks that dtx prints the same
# bytes under each (decimal commas, a dotless i).
for name in de_DE fr_FR tr_TR; do
    locale -a 2>/dev/null | grep -qix "${name}.utf-\?8" || localedef -i "$name" -f UTF-8 "${name}.UTF-8"
done
