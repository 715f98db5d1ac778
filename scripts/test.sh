#!/usr/bin/env bash
# Builds everything and runs every test (GUI tests offscreen). Exit status: the tests'.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/configure-build.sh
export QT_QPA_PLATFORM=offscreen
ctest --test-dir build --output-on-failure --timeout 600 -j "$(nproc 2>/dev/null || echo 2)"
