#!/usr/bin/env bash
# The quick start's test command: install, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-dependencies.sh
scripts/build.sh
QT_QPA_PLATFORM=offscreen ctest --preset release
# The same suite under AddressSanitizer and UndefinedBehaviorSanitizer.
# Leak checking is off: Qt and fontconfig keep one-time allocations alive
# until exit, which LeakSanitizer reports as leaks.
cmake --preset asan >/dev/null
cmake --build --preset asan
QT_QPA_PLATFORM=offscreen ctest --preset asan
# libFuzzer on the scenario parser and --set: 200,000 inputs (clang).
scripts/fuzz.sh
