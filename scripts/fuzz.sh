#!/usr/bin/env bash
# libFuzzer on the scenario parser and --set (tests/fuzz/scenario_fuzzer.cpp),
# built with clang, AddressSanitizer and UndefinedBehaviorSanitizer.
# Usage: scripts/fuzz.sh [RUNS]   (default 200000 inputs; CI uses the default)
# A crash, sanitizer report, broken rule or hang (over 10 s for one input)
# fails the run and leaves the input in build-fuzz/findings/.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-200000}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
work=build-fuzz/corpus
findings=build-fuzz/findings
rm -rf "$work" && mkdir -p "$work" "$findings"
# The fuzzer grows its own corpus in $work; the seeds stay read-only.
build-fuzz/tests/dtx_scenario_fuzzer -seed=20261121 -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$findings/" -print_final_stats=1 "$work" tests/fuzz/corpus
