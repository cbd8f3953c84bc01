"""Every file in examples/ passes `mypy --strict`: the examples are code users copy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sdk_document import ROOT

pytestmark = pytest.mark.slow  # a mypy run


def test_the_examples_pass_mypy_strict() -> None:
    files = sorted(str(path) for path in (ROOT / "examples").glob("*.py"))
    assert files, "no examples found"
    result = subprocess.run([sys.executable, "-m", "mypy", "--strict", *files], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
