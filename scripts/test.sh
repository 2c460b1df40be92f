#!/usr/bin/env bash
# Runs the test suite of an existing build (scripts/setup.sh makes it): every test except the
# slow benchmarks-as-tests, in parallel.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${SWAPCAM_BUILD_DIR:-$root/build}
cmake --build "$build" -j"$(nproc)"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" -LE slow -j"$(( $(nproc) + 1 ))" --output-on-failure --timeout 600 "$@"
