"""A class override in generator-config.yaml renames the model, the runtime tables and the TypedDict together."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from generate import generate
from sdk_document import CONFIG

pytestmark = pytest.mark.slow  # runs the generator

RENAMED = "PostalAddress"

CHECK = """
import json, sys
import klarna_payments
from klarna_payments._spec import MODELS
from klarna_payments.models import CreateOrderRequest
from klarna_payments import params
body = {"purchase_country": "SE", "purchase_currency": "SEK", "order_amount": 1,
        "order_lines": [{"name": "x", "quantity": 1, "unit_price": 1, "total_amount": 1}],
        "billing_address": "not an object"}
try:
    klarna_payments.KlarnaPayments(username="u", password="p").orders.create_order("t", body)
except ValueError as error:
    refused = str(error)
print(json.dumps({
    "model": CreateOrderRequest.__attrs_attrs__.billing_address.type,
    "table": MODELS["CreateOrderRequest"].fields["billing_address"].model,
    "has_table": "PostalAddress" in MODELS and "Address" not in MODELS,
    "param": params.CreateOrderRequestParam.__annotations__["billing_address"].__forward_arg__,
    "refused": refused,
}))
"""


@pytest.fixture(scope="module")
def renamed_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("renamed")
    config = yaml.safe_load(CONFIG.read_text(encoding="utf-8"))
    config["class_overrides"]["Address"] = {"class_name": RENAMED, "module_name": "postal_address"}
    (folder / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    generate(folder / "out", config=folder / "config.yaml")
    return folder / "out"


def test_the_override_renames_the_model(renamed_package: Path) -> None:
    module = renamed_package / "klarna_payments" / "models" / "postal_address.py"
    assert f"class {RENAMED}:" in module.read_text(encoding="utf-8")
    assert not (renamed_package / "klarna_payments" / "models" / "address.py").exists()


def test_the_runtime_tables_the_typed_dicts_and_the_checks_follow_the_rename(renamed_package: Path) -> None:
    result = subprocess.run([sys.executable, "-c", CHECK], cwd=renamed_package, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout)
    assert seen["model"] == f"{RENAMED} | Unset"
    assert (seen["table"], seen["has_table"]) == (RENAMED, True)
    assert seen["param"] == f"{RENAMED}Param"
    assert "billing_address: must be an object, not str" in seen["refused"]
