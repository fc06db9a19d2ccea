#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root and runs the
# installed dtx from there: the package holds what it needs and names its
# Debian dependencies.
set -euo pipefail
build_dir=$1
golden=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$build_dir" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/*.deb)
dpkg-deb -f "$deb" Depends | grep -q libqcustomplot2.1-qt6
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/dtx" --version
"$work/root/usr/bin/dtx" report | cmp - "$golden"
desktop="$work/root/usr/share/applications/dtx-explorer.desktop"
test -f "$desktop"
# The menu entry names an icon and a program the package installs.
icon=$(sed -n 's/^Icon=//p' "$desktop")
test -f "$work/root/usr/share/icons/hicolor/scalable/apps/$icon.svg"
program=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
test -x "$work/root/usr/bin/$program"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop"
fi
test -f "$work/root/usr/share/metainfo/io.github.dtx.explorer.metainfo.xml"
test -f "$work/root/usr/share/man/man1/dtx.1.gz" || test -f "$work/root/usr/share/man/man1/dtx.1"
echo "package ok: $(basename "$deb")"
