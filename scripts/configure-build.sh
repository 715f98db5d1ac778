#!/usr/bin/env bash
# Installs what is missing, then configures and builds EduFusion Desk into build/.
# Used by run.sh and test.sh:
#   configure-build.sh [--dir DIR] [-DOPTION=VALUE …] [build arguments …]
# --dir builds into DIR instead of build/; -D options go to CMake (and reconfigure a folder
# configured before); the other arguments go to the build (e.g. --target edufusion-desk).
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build
options=()
build_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --dir) dir=${2:?--dir needs a folder}; shift 2 ;;
        -D*) options+=("$1"); shift ;;
        *) build_args+=("$1"); shift ;;
    esac
done

bash scripts/install-deps.sh

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$dir/CMakeCache.txt" ]; then
    cmake -S . -B "$dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo "${options[@]}"
elif [ ${#options[@]} -gt 0 ]; then
    cmake -S . -B "$dir" "${options[@]}" >/dev/null
fi
cmake --build "$dir" --parallel "$(nproc 2>/dev/null || echo 2)" "${build_args[@]}"
