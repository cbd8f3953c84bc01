#!/usr/bin/env bash
# Lint openapi.yaml: Spectral (OpenAPI rules, examples must match their schemas) and
# openapi-spec-validator (structure and $refs).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "==> spectral lint openapi.yaml"
node_modules/.bin/spectral lint openapi.yaml --ruleset .spectral.yaml --fail-severity=warn --quiet
echo "==> openapi-spec-validator openapi.yaml"
.venv/bin/python -m openapi_spec_validator openapi.yaml
