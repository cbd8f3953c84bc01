"""examples/quickstart.py (what `make demo` runs) works against the mock and prints its results."""

from __future__ import annotations

import os
import subprocess
import sys

from sdk_document import ROOT

from tests.support.document import documented_example

# Prism answers with the document's examples; the quickstart's error is createOrder's 404.
ORDER = documented_example("createOrder", 200)
TOKEN = documented_example("purchaseToken", 200)
NOT_FOUND = documented_example("createOrder", 404)


def test_quickstart_prints_order_token_and_handled_error(prism_url: str) -> None:
    env = {**os.environ, "KLARNA_BASE_URL": prism_url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert f"order_id={ORDER['order_id']}" in result.stdout
    assert f"token_id={TOKEN['token_id']}" in result.stdout
    handled = f"handled NotFoundError: {NOT_FOUND['error_code']} correlation_id={NOT_FOUND['correlation_id']}"
    assert handled in result.stdout
