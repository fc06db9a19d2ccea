#!/usr/bin/env bash
# The quick start's test command: install, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
QT_QPA_PLATFORM=offscreen ctest --preset release
