#!/usr/bin/env bash
# Builds the core and server suites with AddressSanitizer and UndefinedBehaviorSanitizer into
# build-sanitize/ (warnings as errors there too) and runs them. Any report fails, also one from
# a process a test started (the sync server, the crash-test writer): every report is written to
# build-sanitize/sanitizer-logs/ and printed. The server suite runs on SQLite here (the main
# suite runs it on PostgreSQL too). test.sh runs this beside the main suite.
#   scripts/test-sanitizers.sh [ctest arguments …]    e.g. -R Store to run a few
# Exit status: 0 when the suites passed and nothing was reported.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=build-sanitize
logs=$PWD/$dir/sanitizer-logs

# Undefined behaviour stops the program (the build has -fno-sanitize-recover too); leaks are
# reported when a process ends. The build needs the options as well: it runs the test
# executables to list their tests.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$logs/ubsan"
rm -rf "$logs"
mkdir -p "$logs"

bash scripts/configure-build.sh --dir "$dir" -DEDUFUSION_SANITIZE=ON -DEDUFUSION_WERROR=ON \
    --target test_core test_server
rm -f "$logs"/* # the listing of the tests at build time is not what is checked

status=0
QT_QPA_PLATFORM=offscreen ctest --test-dir "$dir" --output-on-failure --timeout 900 \
    -L '^(core|server)$' -LE postgres -j "$(nproc 2>/dev/null || echo 2)" "$@" || status=1

reports=("$logs"/*)
if [ -e "${reports[0]}" ]; then
    echo "Sanitizer reports (${#reports[@]}), in $logs:"
    for r in "${reports[@]}"; do
        echo "---- $(basename "$r")"
        cat "$r"
    done
    status=1
fi
exit $status
