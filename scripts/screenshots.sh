#!/usr/bin/env bash
# Renders the README's screenshots from the real window, one per tab:
#   scripts/screenshots.sh [BUILD_DIR]   (default build/)
set -euo pipefail
cd "$(dirname "$0")/.."
explorer="${1:-build}/app/dtx-explorer"
out=packaging/screenshots
mkdir -p "$out"
for tab in scale network countermeasures model-size training-run time uncertainty map evidence \
    detection memory-rule; do
    QT_QPA_PLATFORM=offscreen "$explorer" --lang en --grab "$out/$tab.png" --tab "$tab" --size 1440x900
done
# The two model revisions at once: 2026-04 solid, the seed's 2026-02 dashed.
QT_QPA_PLATFORM=offscreen "$explorer" --lang en --revision 2026-04 --show-other-revision \
    --grab "$out/revisions.png" --tab network --size 1440x900
# The threshold map under the revision, whose replica penalty closes it.
QT_QPA_PLATFORM=offscreen "$explorer" --lang en --revision 2026-04 \
    --grab "$out/map-2026-04.png" --tab map --size 1440x900
# The Network tab whole, with the link table below its plots.
QT_QPA_PLATFORM=offscreen "$explorer" --lang en --grab "$out/network-links.png" --tab network \
    --size 1440x1400
echo "wrote $(ls "$out"/*.png | wc -l) screenshots to $out/"
