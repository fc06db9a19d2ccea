#!/usr/bin/env bash
# The quick start's main command: install, build, then start the explorer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
exec build/app/dtx-explorer "$@"
