"""examples/quickstart.py (what `make demo` runs) works against the mock and prints its results."""

from __future__ import annotations

import os
import subprocess
import sys

from sdk_document import ROOT


def test_quickstart_prints_order_token_and_handled_error(prism_url: str) -> None:
    env = {**os.environ, "KLARNA_BASE_URL": prism_url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "order_id=3eaeb557-5e30-47f8-b840-b8d987f5945d" in result.stdout
    assert "token_id=0b1d9815-165e-42e2-8867-35bc03789e00" in result.stdout
    assert "handled NotFoundError: NOT_FOUND correlation_id=6a9b1cb1-73a3-4936-a030-481ba4bb203b" in result.stdout
