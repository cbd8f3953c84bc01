"""Every Python snippet in README.md runs, against Prism, and passes mypy --strict."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from sdk_document import ROOT

SNIPPETS = re.findall(r"^```python\n(.*?)^```$", (ROOT / "README.md").read_text(encoding="utf-8"), re.S | re.M)


def test_the_readme_has_snippets() -> None:
    assert len(SNIPPETS) >= 5


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"snippet-{i}" for i in range(1, len(SNIPPETS) + 1)])
def test_a_readme_snippet_runs_against_the_mock(snippet: str, prism_url: str) -> None:
    environment = {**os.environ, "KLARNA_BASE_URL": prism_url, "KLARNA_USERNAME": "demo", "KLARNA_PASSWORD": "demo"}
    result = subprocess.run(
        [sys.executable, "-c", snippet], env=environment, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_the_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    files = []
    for number, snippet in enumerate(SNIPPETS, start=1):
        files.append(tmp_path / f"snippet_{number}.py")
        files[-1].write_text(snippet)
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / ".cache"), *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
