#!/usr/bin/env bash
# Builds EduFusion Desk and opens it; on first run it fills a new data file with the demo data.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/configure-build.sh --target edufusion-desk
exec build/bin/edufusion-desk --demo "$@"
