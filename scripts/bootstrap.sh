#!/usr/bin/env bash
# Create or refresh .venv, node_modules and the compatibility venvs from the hash-pinned files,
# and install generated/ into .venv. Each step reruns only when its input changed since the
# last run (a stamp records the input's hash), so repeated `make` calls cost a few hashes.
#
# Python packages are installed by uv (pinned, with its hashes, in requirements/lock.txt; pip
# installs it), hash-checked like pip's --require-hashes: a fresh .venv takes seconds, not the
# half minute pip's resolver spends on the same files.
#
# Usage: scripts/bootstrap.sh [demo|build|all|deep]
#   demo  the package, its runtime dependencies and Prism: what `make demo` needs
#   build the Python layers alone (build and twine among them; no Node, no compatibility venvs):
#         what `make build` needs
#   all   (default) and every tool `make test` runs, and .venv-compat/{lowest,newest}
#   deep  and Schemathesis, for `make test-deep`
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-all}
case "$profile" in
  demo) layers=(runtime) ;;
  build) layers=(runtime test) ;;
  all) layers=(runtime test docs) ;;
  deep) layers=(runtime test docs deep) ;;
  *) echo "bootstrap: unknown profile '$profile' (demo, build, all or deep)" >&2; exit 2 ;;
esac

hash_of() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }
stale() { # stale STAMP HASH: true when STAMP does not hold HASH
  [[ "$(cat "$1" 2>/dev/null)" != "$2" ]]
}
uv_install() { # uv_install PYTHON ARGS...: into that interpreter's venv, every requirement hash-checked
  local python=$1
  shift
  .venv/bin/uv pip install --quiet --python "$python" --require-hashes "$@"
}

# Node runs in the background while Python installs: they share nothing, and npm is the slower.
# `npm ci --omit=dev` installs Prism alone (package.json's one dependency); `all` adds the
# devDependencies (Spectral, Redocly). --ignore-scripts: none of the tools needs an install
# script (the only one is an analytics ping). --prefer-offline: tarballs already in the npm cache
# are used without asking the registry again (the lock file pins their integrity hashes).
node_lock_hash=$(hash_of package-lock.json)
node_pid=""
if [[ "$profile" == demo ]]; then
  node_stamps=(node_modules/.stamp-all node_modules/.stamp-demo)
  npm_args=(--omit=dev)
else
  node_stamps=(node_modules/.stamp-all)
  npm_args=()
fi
node_current=false
[[ "$profile" == build ]] && node_current=true  # building a wheel needs no Node tool
for stamp in "${node_stamps[@]}"; do
  if [[ -x node_modules/.bin/prism ]] && ! stale "$stamp" "$node_lock_hash"; then node_current=true; fi
done
if [[ "$node_current" == false ]]; then
  echo "==> node_modules: npm ci ${npm_args[*]:-}"
  (
    npm ci "${npm_args[@]}" --prefer-offline --no-audit --no-fund --ignore-scripts --loglevel=error
    echo "$node_lock_hash" > "${node_stamps[-1]}"
  ) &
  node_pid=$!
fi

# .venv keeps pip (the wheel and publish tests use it); uv comes first, from its own lock.
[[ -x .venv/bin/python ]] || python3 -m venv .venv
lock_hash=$(hash_of requirements/lock.txt)
if [[ ! -x .venv/bin/uv ]] || stale .venv/.stamp-lock "$lock_hash"; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes --requirement requirements/lock.txt
  echo "$lock_hash" > .venv/.stamp-lock
fi

stale_layers=()
for layer in "${layers[@]}"; do
  if stale ".venv/.stamp-$layer" "$(hash_of "requirements/$layer.txt")"; then stale_layers+=("$layer"); fi
done
if (( ${#stale_layers[@]} )); then
  echo "==> .venv: installing requirements/{$(IFS=,; echo "${layers[*]}")}.txt"
  requirement_files=()
  for layer in "${layers[@]}"; do requirement_files+=(--requirement "requirements/$layer.txt"); done
  uv_install .venv/bin/python "${requirement_files[@]}"
  for layer in "${stale_layers[@]}"; do hash_of "requirements/$layer.txt" > ".venv/.stamp-$layer"; done
fi

# A regular (not editable) install, so the tests import the package as users get it; it is
# reinstalled whenever any file of generated/ changes. No build isolation: pdm-backend is pinned
# in requirements/runtime.txt, so nothing else is fetched. The build runs on a copy: the backend
# leaves scratch files (.pdm-build/) in the folder it builds.
package_hash=$(find generated -type f -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
if stale .venv/.stamp-package "$package_hash"; then
  echo "==> .venv: installing generated/ (klarna-payments)"
  build_copy=$(mktemp -d)
  trap 'rm -rf "$build_copy"' EXIT
  cp -r generated "$build_copy/klarna-payments"
  .venv/bin/uv pip install --quiet --python .venv/bin/python --no-build-isolation --no-deps --reinstall \
    "$build_copy/klarna-payments"
  .venv/bin/uv pip check --quiet --python .venv/bin/python  # its dependencies are installed
  echo "$package_hash" > .venv/.stamp-package
fi

if [[ "$profile" != demo && "$profile" != build ]]; then
  # The runtime dependencies as wheels: the wheel test installs the built package from here into
  # an empty venv, offline, and the publish test serves them from its index. pdm-backend is a
  # build tool, not a runtime dependency: left out, so a wheel requiring it cannot install.
  wheelhouse_hash=$(hash_of requirements/runtime.txt)
  if stale .venv/wheelhouse/.stamp "$wheelhouse_hash"; then
    rm -rf .venv/wheelhouse
    .venv/bin/python -m pip download --quiet --disable-pip-version-check --require-hashes --no-deps \
      --only-binary=:all: --dest .venv/wheelhouse --requirement requirements/runtime.txt
    rm -f .venv/wheelhouse/pdm_backend-*.whl
    echo "$wheelhouse_hash" > .venv/wheelhouse/.stamp
  fi
  # tests/runtime/ against the lowest and the newest httpx and attrs the package allows
  # (scripts/test_compat.py installs the built wheel into each).
  for bound in lowest newest; do
    compat_hash=$(hash_of "requirements/compat-$bound.txt")
    if [[ ! -x ".venv-compat/$bound/bin/python" ]] || stale ".venv-compat/$bound/.stamp" "$compat_hash"; then
      echo "==> .venv-compat/$bound: installing requirements/compat-$bound.txt"
      rm -rf ".venv-compat/$bound"
      python3 -m venv --without-pip ".venv-compat/$bound"
      uv_install ".venv-compat/$bound/bin/python" --requirement "requirements/compat-$bound.txt"
      echo "$compat_hash" > ".venv-compat/$bound/.stamp"
    fi
  done
fi

if [[ -n "$node_pid" ]]; then wait "$node_pid"; fi
