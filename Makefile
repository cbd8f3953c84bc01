# Every workflow of the klarna-payments SDK. `make help` lists them.
# The recipes are one line each; the work happens in scripts/.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON := .venv/bin/python

.PHONY: help demo bootstrap generate check-generated mock lint-spec lint typecheck pytest test-fast breaking release-check docs build publish test test-compat test-deep mutation bench lock clean

help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-16s %s\n", $$1, $$2}'

demo: ## Run examples/quickstart.py against a Prism mock of openapi.yaml (installs only the package, httpx, attrs and Prism)
	@scripts/bootstrap.sh demo
	@$(PYTHON) scripts/demo.py

bootstrap: ## Create .venv, .venv-compat/ and node_modules from the hash-pinned files (no-op when current)
	@scripts/bootstrap.sh

generate: bootstrap ## Regenerate generated/ from openapi.yaml (and install it into .venv)
	@$(PYTHON) scripts/generate.py
	@scripts/bootstrap.sh

check-generated: bootstrap ## Fail when generated/ differs from what `make generate` writes
	@$(PYTHON) scripts/check_generated.py

mock: bootstrap ## Serve a Prism mock of openapi.yaml (free port, or PORT=N) until Ctrl-C
	@$(PYTHON) scripts/prism.py

lint-spec: bootstrap ## Lint openapi.yaml with Spectral and openapi-spec-validator
	@scripts/lint_spec.sh

lint: bootstrap ## ruff on hand-written Python, and on generated/ with the rules generated code meets
	@scripts/lint.sh

typecheck: bootstrap ## mypy --strict on the generated package
	@.venv/bin/mypy --strict generated/klarna_payments

pytest: bootstrap ## Run the test suite only, on two workers (each starts its own Prism)
	@scripts/run_pytest.sh -n 2

test-fast: bootstrap ## The inner loop: tests without Prism, release builds or real-time waits (about 1 min)
	@scripts/run_pytest.sh -n 2 -m "not contract and not release and not slow" -q

breaking: bootstrap ## Fail on breaking changes (openapi.yaml, Python surface) since the last release without a version step
	@$(PYTHON) scripts/breaking.py

release-check: bootstrap ## Fail when openapi.yaml, generated/ and CHANGELOG.md disagree on the version
	@$(PYTHON) scripts/release_check.py

docs: bootstrap ## Build docs/api.html (Redocly) and docs/sdk/ (pdoc, from docstrings)
	@$(PYTHON) scripts/build_docs.py

build: ## Build the sdist and wheel of generated/ into dist/ (twine check --strict included; installs only the Python tools it needs)
	@scripts/bootstrap.sh build
	@$(PYTHON) scripts/build_dist.py

publish: build ## Upload dist/ to the index in TWINE_REPOSITORY_URL (refuses a dirty, untagged or already published version)
	@$(PYTHON) scripts/publish.py

test-compat: bootstrap ## tests/runtime/ with the lowest and the newest httpx and attrs the package allows
	@$(PYTHON) scripts/test_compat.py

test: bootstrap lint-spec check-generated release-check breaking lint typecheck pytest test-compat ## Everything CI runs (pytest builds the docs once, in tests/release/test_docs.py)

test-deep: ## Property tests with 300 random examples each, then Schemathesis against Prism
	@scripts/bootstrap.sh deep
	@$(PYTHON) scripts/test_deep.py

mutation: bootstrap ## Sampled mutation testing of the retry policy, order rules, body checks and decoding (ARGS="--minutes 20 --seed 1 --sample 40")
	@$(PYTHON) scripts/mutation.py $(ARGS)

bench: bootstrap ## Measure the SDK against raw httpx (per call, import, connections) into bench/results.md
	@$(PYTHON) scripts/bench.py

lock: ## Re-resolve requirements/*.in into hash-pinned requirements/*.txt (uv, pinned in requirements/lock.txt)
	@python3 scripts/lock.py

clean: ## Remove .venv, .venv-compat, node_modules, caches and build output
	rm -rf .venv .venv-compat node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis .schemathesis dist docs
