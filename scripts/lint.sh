#!/usr/bin/env bash
# `make lint`: ruff check and ruff format --check on the hand-written Python, then
# scripts/lint_generated.sh on generated/ (the rules the generator's output meets).
set -euo pipefail
cd "$(dirname "$0")/.."
hand_written=(scripts tests examples templates/runtime)
echo "==> ruff check + format --check: ${hand_written[*]}"
.venv/bin/ruff check "${hand_written[@]}"
.venv/bin/ruff format --check "${hand_written[@]}"
echo "==> ruff check generated/"
scripts/lint_generated.sh
