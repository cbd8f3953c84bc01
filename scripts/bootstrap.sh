#!/usr/bin/env bash
# Create or refresh .venv and node_modules from the pinned files. Each is rebuilt only when its
# lock file changed since the last run (a stamp records the lock's hash), so repeated `make`
# calls cost a hash, not an install.
set -euo pipefail
cd "$(dirname "$0")/.."

python_inputs=(requirements-dev.txt)
[[ -f generated/pyproject.toml ]] && python_inputs+=(generated/pyproject.toml)
python_lock_hash=$(cat "${python_inputs[@]}" | sha256sum | cut -d' ' -f1)
if [[ ! -x .venv/bin/python || "$(cat .venv/.stamp 2>/dev/null)" != "$python_lock_hash" ]]; then
  echo "==> .venv: installing requirements-dev.txt and generated/ (editable)"
  [[ -x .venv/bin/python ]] || python3.11 -m venv .venv 2>/dev/null || python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
  # No build isolation: pdm-backend is pinned in requirements-dev.txt, nothing else is fetched.
  if [[ -f generated/pyproject.toml ]]; then
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation -e ./generated
  fi
  echo "$python_lock_hash" > .venv/.stamp
fi

node_lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -x node_modules/.bin/prism || "$(cat node_modules/.stamp 2>/dev/null)" != "$node_lock_hash" ]]; then
  echo "==> node_modules: npm ci (Prism, Spectral, Redocly)"
  # --ignore-scripts: none of the tools needs an install script (the only one is an analytics ping).
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  echo "$node_lock_hash" > node_modules/.stamp
fi
