#!/usr/bin/env bash
# ruff check on a generated package (default generated/klarna_payments) with the rule families
# the generator's output meets (pyflakes, imports, pycodestyle, pyupgrade, bugbear), so dead code
# or a stray import in a template shows up. Not E501 (the generator wraps docstrings at its own
# width), SIM108 or RUF100 (its style). `make lint` runs it; the drill runs it on its packages.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
package="${1:-$root/generated/klarna_payments}"
"$root/.venv/bin/ruff" check "$package" --no-cache --select E,W,F,I,UP,B --ignore E501
