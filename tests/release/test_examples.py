"""Every example program, and its tests, passes mypy --strict against the generated package."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sdk_document import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.py"))


def test_there_are_examples() -> None:
    assert {path.name for path in EXAMPLES} >= {"quickstart.py", "checkout.py", "fulfilment.py", "reconcile.py"}


@pytest.mark.slow
def test_the_examples_pass_mypy_strict(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), *map(str, EXAMPLES)]
    result = subprocess.run(command, cwd=ROOT / "examples", capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
