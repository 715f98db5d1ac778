#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test (GUI tests offscreen), with the
# gates every change must pass (CI runs exactly this):
#   1. the C++ files are formatted (scripts/check-format.sh, clang-format 14);
#   2. no compiler warning: build/ is built with warnings as errors (EDUFUSION_WERROR);
#   3. with EDUFUSION_SANITIZERS=ON: the core and server suites pass under AddressSanitizer and
#      UndefinedBehaviorSanitizer with nothing reported (scripts/test-sanitizers.sh, in
#      build-sanitize/), built and run beside the main suite once build/ is built, so the two
#      share the machine's cores. Off by default until the whole suite has been seen to pass
#      under it (see README, "Checks every change passes").
# Exit status: 0 when all passed.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
jobs=$(nproc 2>/dev/null || echo 2)

bash scripts/install-deps.sh

format=passed
bash scripts/check-format.sh || format=FAILED

# A failed build (a warning included) stops here: nothing to test.
bash scripts/configure-build.sh -DEDUFUSION_WERROR=ON
built=$((SECONDS - started))

sanitizers=skipped
sanitizer_log=build-sanitize/test.log
if [ "${EDUFUSION_SANITIZERS:-OFF}" = ON ]; then
    mkdir -p build-sanitize
    bash scripts/test-sanitizers.sh >"$sanitizer_log" 2>&1 &
    sanitizer_pid=$!
fi

export QT_QPA_PLATFORM=offscreen
main=passed
ctest --test-dir build --output-on-failure --timeout 600 -j "$jobs" | tee build/ctest.log \
    || main=FAILED
main_done=$((SECONDS - started))

if [ -n "${sanitizer_pid:-}" ]; then
    sanitizers=passed
    wait "$sanitizer_pid" || sanitizers=FAILED
    echo
    echo "==== AddressSanitizer + UndefinedBehaviorSanitizer: core and server suites (build-sanitize/)"
    cat "$sanitizer_log"
fi

echo
echo "==== Gates, after $(((SECONDS - started) / 60)) min $(((SECONDS - started) % 60)) s" \
    "(build/ built after ${built} s, main suite done after ${main_done} s)"
echo "  format (clang-format 14):                  $format"
echo "  build with warnings as errors:             passed"
echo "  sanitizers (ASan + UBSan, core and server): $sanitizers"
echo "  main suite:                                $main"
# The main suite's tally last, as CTest printed it.
grep -E '^[0-9]+% tests passed' build/ctest.log | tail -n 1 || true

[ "$format" = passed ] && [ "$main" = passed ] && [ "$sanitizers" != FAILED ]
