#!/usr/bin/env bash
# Create or refresh .venv and node_modules from the pinned files, and install generated/ into
# .venv. Each step reruns only when its input changed since the last run (a stamp records the
# input's hash), so repeated `make` calls cost a few hashes, not installs.
set -euo pipefail
cd "$(dirname "$0")/.."

stale() { # stale STAMP HASH: true when STAMP does not hold HASH
  [[ "$(cat "$1" 2>/dev/null)" != "$2" ]]
}

requirements_hash=$(sha256sum requirements-dev.txt | cut -d' ' -f1)
if [[ ! -x .venv/bin/python ]] || stale .venv/.requirements-stamp "$requirements_hash"; then
  echo "==> .venv: installing requirements-dev.txt"
  [[ -x .venv/bin/python ]] || python3 -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
  # The SDK's runtime dependencies (httpx, attrs, and theirs) at the pinned versions, as wheels:
  # the wheel test installs the built package from here into an empty venv, offline.
  rm -rf .venv/wheelhouse
  .venv/bin/python -m pip download --quiet --disable-pip-version-check --only-binary=:all: \
    --dest .venv/wheelhouse --constraint requirements-dev.txt httpx attrs
  echo "$requirements_hash" > .venv/.requirements-stamp
fi

# A regular (not editable) install, so the tests import the package as users get it; it is
# reinstalled whenever any file of generated/ changes. No build isolation: pdm-backend is pinned
# in requirements-dev.txt, so nothing else is fetched.
if [[ -f generated/pyproject.toml ]]; then
  package_hash=$(find generated -type f -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
  if stale .venv/.package-stamp "$package_hash"; then
    echo "==> .venv: installing generated/ (klarna-payments)"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check --no-build-isolation --no-deps --force-reinstall ./generated
    .venv/bin/python -m pip check --disable-pip-version-check >/dev/null  # its dependencies are installed
    echo "$package_hash" > .venv/.package-stamp
  fi
fi

node_lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ ! -x node_modules/.bin/prism ]] || stale node_modules/.stamp "$node_lock_hash"; then
  echo "==> node_modules: npm ci (Prism, Spectral, Redocly)"
  # --ignore-scripts: none of the tools needs an install script (the only one is an analytics ping).
  npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
  echo "$node_lock_hash" > node_modules/.stamp
fi
