#!/usr/bin/env bash
# `make lint`: ruff check and ruff format --check on the hand-written Python; ruff check on
# generated/ with the rule families the generator's output meets (pyflakes, imports,
# pycodestyle, pyupgrade, bugbear), so dead code or a stray import in a template shows up.
# Not E501 (the generator wraps docstrings at its own width), SIM108 or RUF100 (its style).
set -euo pipefail
cd "$(dirname "$0")/.."
hand_written=(scripts tests examples templates/runtime)
echo "==> ruff check + format --check: ${hand_written[*]}"
.venv/bin/ruff check "${hand_written[@]}"
.venv/bin/ruff format --check "${hand_written[@]}"
echo "==> ruff check generated/"
.venv/bin/ruff check generated/klarna_payments --no-cache --select E,W,F,I,UP,B --ignore E501
