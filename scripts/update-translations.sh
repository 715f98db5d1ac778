#!/usr/bin/env bash
# Refreshes translations/*.ts from every tr() in app/, ui/ and core/ (no obsolete entries, no
# line numbers). Translate what it marks unfinished with Qt Linguist; the translations test
# fails until every language is complete.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$lupdate" -no-obsolete -locations none -extensions cpp,h app ui core \
    -ts translations/edufusion_kk.ts translations/edufusion_ru.ts translations/edufusion_en.ts
