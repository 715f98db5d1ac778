#!/usr/bin/env bash
# Checks that the C++ files follow .clang-format, with clang-format 14 (Debian 12's package):
# another major version lays out the same code differently, so it is refused, not trusted.
#   scripts/check-format.sh           the files changed since the merge base with origin/main
#                                     (committed or not); every C++ file when there is no such
#                                     base or nothing changed since it (a clean clone), or in CI
#   scripts/check-format.sh --all     every C++ file in the tree
#   scripts/check-format.sh --fix     formats the same files instead of checking them
# Exit status: 0 when every file checked is formatted.
set -euo pipefail
cd "$(dirname "$0")/.."

required_major=14

all=false
fix=false
for arg in "$@"; do
    case "$arg" in
        --all) all=true ;;
        --fix) fix=true ;;
        *) echo "usage: $0 [--all] [--fix]" >&2; exit 2 ;;
    esac
done

formatter=""
for candidate in "clang-format-$required_major" clang-format; do
    if command -v "$candidate" >/dev/null; then formatter=$candidate; break; fi
done
if [ -z "$formatter" ]; then
    echo "check-format: clang-format $required_major is not installed (scripts/install-deps.sh installs it)" >&2
    exit 2
fi
version=$("$formatter" --version)
major=$(sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p' <<<"$version")
if [ "$major" != "$required_major" ]; then
    echo "check-format: $formatter is \"$version\"; this tree is formatted with clang-format" \
        "$required_major (Debian 12's package). Another major version formats differently:" \
        "install clang-format-$required_major rather than reformatting with it." >&2
    exit 2
fi

cpp_files() { grep -E '\.(cpp|h)$' || true; }

files=()
if ! $all && [ "${CI:-}" != "true" ] && base=$(git merge-base HEAD origin/main 2>/dev/null); then
    # Changed since the base, staged, unstaged and new: deleted files have nothing to check.
    mapfile -t files < <({ git diff --name-only --diff-filter=d "$base"
        git ls-files --others --exclude-standard; } | cpp_files | sort -u)
fi
scope="changed since origin/main"
if [ ${#files[@]} -eq 0 ]; then
    mapfile -t files < <(git ls-files | cpp_files)
    scope="in the tree"
fi

if $fix; then
    "$formatter" -i "${files[@]}"
    echo "check-format: formatted ${#files[@]} C++ file(s) $scope"
    exit 0
fi

# One run over every file; each file that would change is named in a clang-format-violations
# warning.
mapfile -t unformatted < <("$formatter" --dry-run "${files[@]}" 2>&1 \
    | sed -n 's/^\(.*\):[0-9]*:[0-9]*: warning: .*\[-Wclang-format-violations\]$/\1/p' | sort -u)
if [ ${#unformatted[@]} -gt 0 ]; then
    echo "check-format: ${#unformatted[@]} of ${#files[@]} C++ file(s) $scope are not formatted:" >&2
    printf '  %s\n' "${unformatted[@]}" >&2
    echo "Run scripts/check-format.sh --fix (or $formatter -i FILE) and commit the result." >&2
    exit 1
fi
echo "check-format: ${#files[@]} C++ file(s) $scope formatted with $formatter $major"
