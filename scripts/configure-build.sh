#!/usr/bin/env bash
# Installs what is missing, then configures and builds EduFusion Desk into build/.
# Used by run.sh and test.sh; extra arguments go to the build (e.g. a target name).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f build/CMakeCache.txt ]; then
    cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
cmake --build build --parallel "$(nproc 2>/dev/null || echo 2)" "$@"
