#!/usr/bin/env bash
# Renders the README's screenshots from the real window, one per tab:
#   scripts/screenshots.sh [BUILD_DIR]   (default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
explorer="${1:-build}/app/dtx-explorer"
out=packaging/screenshots
mkdir -p "$out"
for tab in scale network countermeasures model-size training-run time; do
    QT_QPA_PLATFORM=offscreen "$explorer" --lang en --grab "$out/$tab.png" --tab "$tab" --size 1440x900
done
echo "wrote $(ls "$out"/*.png | wc -l) screenshots to $out/"
