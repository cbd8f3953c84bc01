"""`make check-generated` notices a document change that was not regenerated.

(That generated/ matches the document now is `make check-generated` itself, run by `make test`.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from check_generated import describe_differences
from generate import DEFAULT_OUTPUT, SPEC, generate

pytestmark = pytest.mark.slow  # runs the generator


def test_a_new_field_in_the_document_shows_up_as_drift(tmp_path: Path) -> None:
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    document["components"]["schemas"]["order"]["properties"]["settlement_note"] = {"type": "string"}
    changed_spec = tmp_path / "openapi.yaml"
    changed_spec.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")

    fresh = tmp_path / "generated"
    generate(fresh, spec=changed_spec)

    differences = "\n".join(describe_differences(fresh, DEFAULT_OUTPUT))
    assert "klarna_payments/models/order.py" in differences
    assert "settlement_note" in differences
